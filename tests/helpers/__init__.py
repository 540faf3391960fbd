"""Validation helpers shared by the test suites (schemas, Pod Security, NetworkPolicies, Apache, PHP)."""
