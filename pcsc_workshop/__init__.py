"""PCSC Workshop: run capacity-building workshops on people-centred smart cities, offline."""

__version__ = "0.1.0"
