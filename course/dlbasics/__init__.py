"""dlbasics: the helper library of the "Improving deep neural networks" workbook."""

__version__ = "0.1.0"
