"""The contract between stages: typed records and their one pyarrow schema per dataset."""
