"""Cloud Auto Call CSV downloads in SQLite (stdlib ``sqlite3``), built on telcobiz.

``python -m examples.store load FOLDER --db store.sqlite`` loads a folder of 電話番号別ご利用料金
and 通話明細 files; ``python -m examples.store totals --db store.sqlite`` prints each phone's
monthly totals next to its summary record. See ``docs/examples/store.md``.
"""
