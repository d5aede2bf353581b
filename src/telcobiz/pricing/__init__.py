"""Price tables, discounts and quotes that explain every line (DMP-1..DMP-4, TAX-1..TAX-2).

>>> from telcobiz.pricing.catalog import DeviceOS, DmpOption
>>> DmpOption.BACKUP.label, DmpOption.BACKUP.supports(DeviceOS.IOS)
('バックアップ', False)
"""
