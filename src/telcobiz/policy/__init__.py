"""Permission matrices, eligibility and validation rules, insurance coverage.

The rules arrive one service module at a time; each offers ``check_…`` (every problem),
``validate_…`` (raises the first) and ``is_valid_…``.

>>> import telcobiz.policy
>>> telcobiz.policy.__name__
'telcobiz.policy'
"""
