"""cdk8s charts of the platform services: namespaces, ingress class, storage classes,
NetworkPolicies, collectors, the Instrumentation, alert rules, dashboards and Velero objects.

Charts take plain values (strings, or CloudFormation tokens inside a stack) so that tests
render them offline and validate them against the upstream CRD and Kubernetes schemas.
"""
