"""Assistance intake of the Convention on Cluster Munitions: SMTP in, classified, routed, acknowledged."""

__version__ = "0.1.0"
