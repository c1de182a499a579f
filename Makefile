# Accord: the project's verbs. `make help` lists them.
SHELL := /usr/bin/env bash
.DEFAULT_GOAL := help

JAVA_HOME := $(shell deploy/local/find-jdk.sh)
ifeq ($(JAVA_HOME),)
$(error Accord needs a JDK 21 or newer; install one and set JAVA_HOME)
endif
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)

MVN := ./mvnw -B --no-transfer-progress
KEYCLOAK_VERSION := 26.5.6
KEYCLOAK_HOME := .local/keycloak-$(KEYCLOAK_VERSION)
APP_JAR := modules/app/target/quarkus-app/quarkus-run.jar
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
BENCH_COMMIT = $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)$(shell git diff --quiet HEAD 2>/dev/null || echo -modified)
VERIFY_LOG_JAR := tools/verify-log/target/verify-log.jar
# 1 or 3 Kafka brokers for `make up` / `make run`; by default as many as .local/state was made with, else 1.
KAFKA_BROKERS ?=
SOURCES := $(shell find modules -path '*/src/main/*' -type f) pom.xml $(wildcard modules/*/pom.xml)

.PHONY: help run up down status test bench fmt build image keycloak reset replay load-generator verify-log \
	backup restore pg-tools

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

INSTANCES ?= 1

run: $(APP_JAR) up ## Build if sources changed, start the stack and Accord on http://localhost:8080 with demo data; INSTANCES=2 adds one on 8081
	@ACCORD_INSTANCES=$(INSTANCES) deploy/local/stack.sh app

up: .local/stack.classpath $(KEYCLOAK_HOME)/bin/kc.sh ## Start PostgreSQL, Kafka (KAFKA_BROKERS=3 for a cluster) and Keycloak (state in .local/)
	@ACCORD_KAFKA_BROKERS=$(KAFKA_BROKERS) deploy/local/stack.sh up

down: ## Stop everything that `make up` and `make run` started
	@deploy/local/stack.sh down

status: ## Show what is running
	@deploy/local/stack.sh status

test: $(KEYCLOAK_HOME)/bin/kc.sh load-generator pg-tools ## Run unit, module and end-to-end tests against real PostgreSQL, Kafka, Keycloak and Chromium
	$(MVN) verify -Daccord.keycloak.home=$(CURDIR)/$(KEYCLOAK_HOME)

bench: $(KEYCLOAK_HOME)/bin/kc.sh load-generator ## Run the benchmarks, or one group with BENCH=voting (figures in target/bench/; docs/benchmarks.md)
	$(if $(BENCH),,rm -rf target/bench)
	$(MVN) install -DskipTests -pl modules/app -am
	$(MVN) -f bench/bare-app/pom.xml package
	$(MVN) verify -pl modules/app -DskipITs -Dtest='*Benchmark' -Dsurefire.failIfNoSpecifiedTests=false \
		$(if $(BENCH),-Dgroups=$(BENCH)) -Daccord.keycloak.home=$(CURDIR)/$(KEYCLOAK_HOME) \
		-Daccord.bench.dir=$(CURDIR)/target/bench -Daccord.bench.commit=$(BENCH_COMMIT)

# wrk, the benchmarks' external load generator (Debian's package); the tests check how the benchmarks drive it.
load-generator:
	@command -v wrk >/dev/null 2>&1 || { echo "Installing wrk, the benchmarks' load generator"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

replay: ## Replay the dead letters (events a module could not apply) through the running application
	@deploy/local/replay.sh

backup: pg-tools ## Back up the local stack's database into backups/ (pg_dump, custom format), also while Accord runs
	@deploy/local/backup.sh

restore: pg-tools ## Restore the local stack's database from FILE=backups/<file>.dump, all or nothing (Accord stopped)
	@$(if $(FILE),,echo "Give FILE=backups/<file>.dump, a backup that 'make backup' wrote" >&2; exit 2)
	@for pid_file in .local/run/app*.pid; do \
		if [ -f "$$pid_file" ] && kill -0 "$$(cat "$$pid_file")" 2>/dev/null; then \
			echo "accord: Accord is running; stop it first ('make down', then 'make up'), then restore" >&2; exit 1; \
		fi; \
	done
	@deploy/local/restore.sh "$(FILE)"

# PostgreSQL's client tools of the server's version, for backup, restore and their tests (in .local/pg-tools).
pg-tools:
	@deploy/local/pg-tools.sh

fmt: ## Format Java sources and sort imports
	$(MVN) spotless:apply

build: $(APP_JAR) ## Build the packaged application (only when sources changed)

# The first of docker, podman and buildah that answers `info` (an engine that is installed but not running does not).
CONTAINER_TOOL = $(shell for tool in docker podman buildah; do command -v $$tool >/dev/null 2>&1 && $$tool info >/dev/null 2>&1 && { echo $$tool; break; }; done)
IMAGE ?= accord:$(shell git rev-parse --short HEAD 2>/dev/null || echo latest)

image: ## Build the container image with docker, podman or buildah, whichever works (IMAGE=name:tag)
	@$(if $(CONTAINER_TOOL),,echo "make image: no working container tool here (docker, podman or buildah whose 'info' succeeds); install one or start its engine" >&2; exit 1)
	@$(MAKE) --no-print-directory build
	cp deploy/app/jvm.options modules/app/target/jvm.options
	$(CONTAINER_TOOL) build -f modules/app/src/main/docker/Dockerfile.jvm -t $(IMAGE) modules/app

reset: down ## Stop everything and delete the local stack's data
	rm -rf .local/state

verify-log: $(VERIFY_LOG_JAR) ## Verify the public log offline: URL=https://accord.example or FILE=export.json; KEY=accord-log.pem pins the key
	@$(if $(URL)$(FILE),,echo "Give URL=https://accord.example or FILE=export.json (and KEY=accord-log.pem to pin the key)" >&2; exit 2)
	@"$(JAVA_HOME)/bin/java" -jar $(VERIFY_LOG_JAR) $(if $(URL),--url "$(URL)") $(if $(FILE),--file "$(FILE)") $(if $(KEY),--key "$(KEY)")

$(VERIFY_LOG_JAR): $(shell find tools/verify-log/src/main -type f) tools/verify-log/pom.xml
	$(MVN) -q package -DskipTests -pl tools/verify-log

$(APP_JAR): $(SOURCES)
	$(MVN) install -DskipTests
	@touch $@

.local/stack.classpath: $(APP_JAR)
	@mkdir -p .local
	$(MVN) -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl modules/testing -Dmdep.outputFile=$(CURDIR)/.local/stack.deps
	@echo "$(CURDIR)/modules/testing/target/accord-testing-0.1.0-SNAPSHOT.jar:$$(cat .local/stack.deps)" > $@

keycloak: $(KEYCLOAK_HOME)/bin/kc.sh ## Fetch and unpack the Keycloak distribution into .local/

$(KEYCLOAK_HOME)/bin/kc.sh:
	@mkdir -p .local
	$(MVN) -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
		-Dartifact=org.keycloak:keycloak-quarkus-dist:$(KEYCLOAK_VERSION):zip -DoutputDirectory=$(CURDIR)/.local
	cd .local && "$(JAVA_HOME)/bin/jar" xf keycloak-quarkus-dist-$(KEYCLOAK_VERSION).zip
	rm .local/keycloak-quarkus-dist-$(KEYCLOAK_VERSION).zip
	chmod +x $(KEYCLOAK_HOME)/bin/*.sh
	@touch $@
