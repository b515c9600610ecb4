"""Reusable Qt widgets that know nothing of the app: article view, fact sheet, flag list, legend."""
