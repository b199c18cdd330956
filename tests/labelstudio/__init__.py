"""Test harness for the Label Studio integration: a real Label Studio 1.23.2 server and a fault-injecting proxy."""
