"""Assistance intake of the Convention on Cluster Munitions: mail in, routed, acknowledged."""

__version__ = "0.1.0"
