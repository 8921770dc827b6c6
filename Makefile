# factdeck — make quiz: set up, build and study the bundled decks; make test: run every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
BIN := .build/release/factdeck

.PHONY: deps build quiz test bench clean

## Install the system libraries (SQLite, libedit, zstd) when their headers are missing.
deps:
	@missing=""; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	[ -f /usr/include/histedit.h ] || missing="$$missing libedit-dev"; \
	[ -f /usr/include/zstd.h ] || missing="$$missing libzstd-dev"; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

## Release build of the factdeck binary (Swift's libraries linked in: faster start-up).
build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product factdeck

## Build, add the bundled decks to the default collection (again and again: nothing is
## duplicated), and open factdeck on it.
quiz: build
	@for deck in decks/*.deck; do \
		[ -f "$$deck" ] && $(BIN) import "$$deck" >/dev/null || true; \
	done
	@$(BIN)

## Every test: unit tests per target and end-to-end tests of the built binary; the Anki
## oracle tests use a Python virtual environment (.venv-oracle) made on first use.
test: deps
	scripts/oracle-venv.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Benchmarks (release build); figures go in docs/performance.md. The extraction bench
## reads English prose shipped by Debian (the Debian Reference and the fortunes quotations).
bench: deps
	@[ -f /usr/share/debian-reference/debian-reference.en.txt.gz ] && [ -d /usr/share/games/fortunes ] || { \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q debian-reference-en fortunes; }
	$(SWIFT) build -c release --static-swift-stdlib --product factdeck
	$(SWIFT) build -c release --static-swift-stdlib --product factdeck-bench
	.build/release/factdeck-bench

clean:
	rm -rf .build
