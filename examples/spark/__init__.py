"""A PySpark job over many KDDI クラウドオートコール 通話明細 files, read as telcobiz Arrow batches.

Run it with ``python -m examples.spark.cdr_job FOLDER`` from the repository root, time it with
``python -m examples.spark.benchmark``; test it with ``pytest examples/spark``. See
``docs/examples/spark.md``.
"""
