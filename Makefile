# The two commands a new user needs:  make run   and   make test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= demo-vault
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck unit demo bench build smoke clean screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## The demo vault, made once (synthetic people, not real data).
$(DEMO)/keyslots.json: | $(STAMP)
	@echo "Creating a demo vault in $(DEMO) (synthetic people, not real data)..."
	PEERDESK_PASSPHRASE="$${PEERDESK_PASSPHRASE:-demo passphrase}" $(BIN)/peerdesk demo --vault $(DEMO) --scale small

## Set up, make a demo vault on first use, and start the desktop app on it. On a machine
## without Qt's system libraries the app names the packages to install and exits with 8.
run: $(STAMP) $(DEMO)/keyslots.json
	@echo "Log in as 'coordinator', 'supervisor' or 'advisor01' with the passphrase: $${PEERDESK_PASSPHRASE:-demo passphrase}"
	$(BIN)/peerdesk gui --vault $(DEMO)

## Render the README's screenshots (docs/screenshots/) from the demo vault, offscreen.
SHOTS := home:supervisor sessions:coordinator escalations:coordinator agreements:coordinator reflections:supervisor
screenshots: $(STAMP) $(DEMO)/keyslots.json
	@for shot in $(SHOTS); do \
	  QT_QPA_PLATFORM=offscreen PEERDESK_PASSPHRASE="$${PEERDESK_PASSPHRASE:-demo passphrase}" \
	    $(BIN)/peerdesk gui --vault $(DEMO) --user $${shot##*:} --page $${shot%%:*} \
	    --screenshot docs/screenshots/$${shot%%:*}.png || exit 1; \
	done

## Set up and run every check CI runs: lint, types, architecture, tests.
test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check peerdesk ui tests
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

demo: $(STAMP)
	PEERDESK_PASSPHRASE="$${PEERDESK_PASSPHRASE:-demo passphrase}" $(BIN)/peerdesk demo --vault $(DEMO) --scale small

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf

build: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/pyinstaller --noconfirm build.spec

smoke: build
	SMOKE_REUSE=1 bash scripts/smoke_frozen.sh

clean:
	rm -rf build dist $(VENV)
