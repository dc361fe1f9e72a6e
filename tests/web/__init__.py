"""Tests of the web app and REST API (tocsin.web) and of `tocsin serve`."""
