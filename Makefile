# The two commands a new user needs:  make run   and   make test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= demo-vault
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck unit demo bench build smoke clean screenshots locale locale-update \
        translations translations-update

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## The compiled translations of the core (reports), from their .po sources (pybabel, a dev
## and build dependency). The .mo files are build output, never committed.
LOCALE := resources/locale
MO     := $(patsubst %.po,%.mo,$(wildcard $(LOCALE)/*/LC_MESSAGES/peerdesk.po))

locale: $(MO)

$(LOCALE)/%/LC_MESSAGES/peerdesk.mo: $(LOCALE)/%/LC_MESSAGES/peerdesk.po $(STAMP)
	$(BIN)/pybabel compile --statistics -l $* -i $< -o $@

## After changing report text: extract the marked strings and merge them into each .po
## (new or changed ones arrive untranslated; the completeness test fails until
## they are translated).
locale-update: $(STAMP)
	$(BIN)/pybabel extract -F $(LOCALE)/babel.cfg -k N_ --sort-output --no-wrap --no-location \
	  --omit-header -o $(LOCALE)/peerdesk.pot .
	$(BIN)/pybabel update -i $(LOCALE)/peerdesk.pot -d $(LOCALE) -D peerdesk --no-wrap \
	  --no-fuzzy-matching --ignore-pot-creation-date
	rm $(LOCALE)/peerdesk.pot

## The compiled translations of the desktop interface: every resources/i18n/*_hi.ts (one per
## part of ui/) into one resources/i18n/peerdesk_hi.qm with PySide6's lrelease. Build output,
## never committed.
I18N := resources/i18n
TS   := $(sort $(wildcard $(I18N)/*_hi.ts))
QM   := $(I18N)/peerdesk_hi.qm

translations: $(QM)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease $(TS) -qm $@

## After changing interface text: extract the marked strings of each part of ui/ into its
## own catalog (ui_core_hi.ts: ui/*.py, ui/widgets, ui/models; ui_pages_hi.ts: ui/pages;
## ui_dialogs_hi.ts: ui/dialogs). New strings arrive unfinished and the catalog test fails
## until they are translated (docs/translation.md).
translations-update: $(STAMP)
	@for area in core pages dialogs; do \
	  ts=$(I18N)/ui_$${area}_hi.ts; [ -f $$ts ] || continue; \
	  case $$area in \
	    core) src="$$(ls ui/*.py; find ui/widgets ui/models -name '*.py' | sort)";; \
	    *) src="$$(find ui/$$area -name '*.py' | sort)";; \
	  esac; \
	  $(BIN)/pyside6-lupdate $$src -ts $$ts -no-obsolete -locations none || exit 1; \
	done

## The demo vault, made once (synthetic people, not real data).
$(DEMO)/keyslots.json: | $(STAMP)
	@echo "Creating a demo vault in $(DEMO) (synthetic people, not real data)..."
	PEERDESK_PASSPHRASE="$${PEERDESK_PASSPHRASE:-demo passphrase}" $(BIN)/peerdesk demo --vault $(DEMO) --scale small

## Set up, make a demo vault on first use, and start the desktop app on it. On a machine
## without Qt's system libraries the app names the packages to install and exits with 8.
run: $(STAMP) locale translations $(DEMO)/keyslots.json
	@echo "Log in as 'coordinator', 'supervisor' or 'advisor01' with the passphrase: $${PEERDESK_PASSPHRASE:-demo passphrase}"
	$(BIN)/peerdesk gui --vault $(DEMO)

## Render the README's screenshots (docs/screenshots/) from the demo vault, offscreen: each
## page in English, and those of SHOTS_HI in Hindi too (PAGE-hi.png).
SHOTS    := home:supervisor sessions:coordinator escalations:coordinator agreements:coordinator reflections:supervisor
SHOTS_HI := home:supervisor sessions:coordinator
screenshots: $(STAMP) locale translations $(DEMO)/keyslots.json
	@for shot in $(SHOTS); do \
	  QT_QPA_PLATFORM=offscreen PEERDESK_PASSPHRASE="$${PEERDESK_PASSPHRASE:-demo passphrase}" \
	    $(BIN)/peerdesk gui --vault $(DEMO) --user $${shot##*:} --page $${shot%%:*} --lang en \
	    --screenshot docs/screenshots/$${shot%%:*}.png || exit 1; \
	done
	@for shot in $(SHOTS_HI); do \
	  QT_QPA_PLATFORM=offscreen PEERDESK_PASSPHRASE="$${PEERDESK_PASSPHRASE:-demo passphrase}" \
	    $(BIN)/peerdesk gui --vault $(DEMO) --user $${shot##*:} --page $${shot%%:*} --lang hi \
	    --screenshot docs/screenshots/$${shot%%:*}-hi.png || exit 1; \
	done

## Set up and run every check CI runs: lint, types, architecture, tests.
test: $(STAMP) locale translations lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check peerdesk ui tests
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

demo: $(STAMP) locale
	PEERDESK_PASSPHRASE="$${PEERDESK_PASSPHRASE:-demo passphrase}" $(BIN)/peerdesk demo --vault $(DEMO) --scale small

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf

build: $(STAMP) locale translations
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/pyinstaller --noconfirm build.spec

smoke: build
	SMOKE_REUSE=1 bash scripts/smoke_frozen.sh

clean:
	rm -rf build dist $(VENV)
