# Everything runs from a virtualenv in .venv that `make install` builds from pyproject.toml.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install test demo lint bench schema

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# compat mode puts the checkout on sys.path, where yt-dlp looks for our plugin
	# (yt_dlp_plugins/); the default editable mode hides it behind an import hook.
	$(BIN)/pip install --quiet -e '.[models,dev]' --config-settings editable_mode=compat
	touch $@

test: install
	$(BIN)/pytest

demo: install
	$(BIN)/archiver demo

lint: install
	$(BIN)/ruff check archiver tests bench
	$(BIN)/ruff format --check archiver tests bench

bench: install
	$(BIN)/python bench/capture.py
	$(BIN)/python bench/transcribe.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/recrawl.py
	$(BIN)/python bench/links.py
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/fixity.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/visual.py
	$(BIN)/python bench/server_limits.py
	$(BIN)/python bench/bundle.py
	$(BIN)/python bench/discover.py

# Regenerate schemas/catalogue.sql from the migrations.
schema: install
	$(BIN)/python -m archiver.store.migrations > schemas/catalogue.sql
