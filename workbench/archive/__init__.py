"""An archive analysed on a Dask cluster, and read back into the workbench.

Extraction and checks are pure functions over plain records, so an archive too large for one
machine is cut into pieces (pieces.py), each analysed where a worker runs, and written as
one record per article (records.py, parts.py). The one rule that looks across articles,
`repeated`, runs as a shuffle of the figures by the quantity they state (links.py).
Only cluster.py imports Dask; `workbench import DIR` reads the output with the runtime
dependencies alone (Parquet needs pyarrow, JSONL nothing).
"""
