"""yibao: the rules of China's employee medical insurance personal account as code."""

__version__ = "0.2.0"
