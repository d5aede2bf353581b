"""CSV layouts whose field lengths count CP932 bytes (CAC-6, DBO-7).

A full-width character takes two bytes in CP932, so a 20-byte field holds ten of them:

>>> len("東京都千代田".encode("cp932"))
12
"""
