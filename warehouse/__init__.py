"""The only code that touches Parquet, WARC and DuckDB: the append-only event log and its views."""
