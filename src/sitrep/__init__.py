"""sitrep: news about aircraft losses in, a sourced and reconciled incident database out.

The stages, one module each: read → clean → extract (sitrep.extract) → link → reconcile → store;
served by cli, server and export. See docs/architecture.md.
"""
