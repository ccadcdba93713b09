// The published page (smart_community:publish_web): draws window.SC_DATA (data.js) with Leaflet, in Chinese or
// English. Everything it says comes from SC_DATA.words; it asks no server for anything.
(function () {
  "use strict";
  const D = window.SC_DATA;
  const asked = new URLSearchParams(location.search).get("lang");
  let lang = asked === "en" || asked === "zh" ? asked : D.language;
  let colourBy = "circle:" + (D.circles.length ? D.circles[D.circles.length - 1].minutes : "");

  // --- words --------------------------------------------------------------------------------------
  function t(key, ...values) {
    let k = 0;
    const text = D.words[lang][key];
    return (text === undefined ? key : text).replace(/\{\}/g, () => String(values[k++]));
  }
  const typeOf = (code) => D.types.find((x) => x.code === code) || { code: code, zh: code, en: code };
  const typeName = (code) => typeOf(code)[lang];
  const number = (v) => Math.round(v).toLocaleString(lang === "zh" ? "zh-CN" : "en");

  // --- colours ------------------------------------------------------------------------------------
  const SHARE = [[1, "#1a9850"], [0.75, "#91cf60"], [0.5, "#fee08b"], [0.25, "#fc8d59"], [0, "#d7301f"]];
  const NONE = "#969696";
  function walkClasses(code) {
    const radius = typeOf(code).radius_m;
    if (radius) return [[radius, "#1a9850", t("within")], [Infinity, "#d7301f", t("beyond")]];
    const rows = D.circles.map((c, k) => [c.distance_m, SHARE[Math.min(k, 3)][1], "≤ " + number(c.distance_m) + " m"]);
    return rows.concat([[Infinity, "#d7301f", "> " + number(D.circles.length ? D.circles[D.circles.length - 1].distance_m : 0) + " m"]]);
  }
  function colourOf(p) {
    const [kind, what] = colourBy.split(":");
    if (kind === "circle") {
      const share = p.s[D.circles.findIndex((c) => String(c.minutes) === what)];
      if (share === null || share === undefined) return NONE;
      return SHARE.find(([min]) => share >= min)[1];
    }
    const d = p.d[D.measured.indexOf(what)];
    if (d === null || d === undefined) return NONE;
    return walkClasses(what).find(([max]) => d <= max)[1];
  }

  // --- the map ------------------------------------------------------------------------------------
  const map = L.map("map", { preferCanvas: true, fadeAnimation: false, zoomSnap: 0.25, attributionControl: !!D.tile_url });
  if (D.tile_url) L.tileLayer(D.tile_url, { maxZoom: 20, attribution: D.tile_url.split("/")[2] || "" }).addTo(map);
  const boundary = L.geoJSON(D.community.boundary, {
    interactive: false, style: { color: "#1f4e79", weight: 2.5, dashArray: "8 5", fill: false } }).addTo(map);
  const buildings = L.geoJSON(D.buildings, {
    style: (f) => ({ color: "#555", weight: 0.6, fillColor: colourOf(f.properties), fillOpacity: 0.85 }),
    onEachFeature: (f, layer) => layer.on("click", (e) => showBuilding(f.properties, e.latlng)),
  }).addTo(map);
  // Facilities: pictograms once zoomed in to street level, dots (on the canvas) below it, where a district's
  // hundreds of pictograms would hide the buildings and cost a DOM element each.
  const ICON_ZOOM = 16;
  const tooltip = (f, layer) => layer.bindTooltip(() => facilityText(f.properties));
  const dots = L.geoJSON(D.facilities, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 3.5, color: "#1f4e79", weight: 1.2,
      fillColor: f.properties.p ? "#ffffff" : "#1f4e79", fillOpacity: 1, dashArray: f.properties.p ? "2 2" : null }),
    onEachFeature: tooltip,
  });
  let icons = null;
  function iconLayer() {
    // A type the standard does not list (a smart device, say) has no pictogram: a plain dot.
    return L.geoJSON(D.facilities, {
      pointToLayer: (f, latlng) => typeOf(f.properties.t).icon
        ? L.marker(latlng, { icon: L.icon({ iconUrl: typeOf(f.properties.t).icon, iconSize: [22, 22],
                                            className: f.properties.p ? "planned" : "existing" }),
                             title: typeName(f.properties.t), keyboard: false })
        : L.circleMarker(latlng, { radius: 5, color: "#1f4e79", weight: 1.5, fillColor: "#fff", fillOpacity: 1,
                                   dashArray: f.properties.p ? "3 2" : null }),
      onEachFeature: tooltip,
    });
  }
  function showFacilities() {
    const near = map.getZoom() >= ICON_ZOOM;
    if (near && !icons) icons = iconLayer();
    const [on, off] = near ? [icons, dots] : [dots, icons];
    if (off && map.hasLayer(off)) map.removeLayer(off);
    if (!map.hasLayer(on)) on.addTo(map);
    document.getElementById("zoom-note").textContent = near ? "" : t("zoom_for_icons");
  }
  const areas = L.layerGroup().addTo(map);
  map.fitBounds(boundary.getBounds().extend(buildings.getBounds()), { padding: [12, 12] });
  map.on("zoomend", showFacilities);

  function facilityText(p) {
    return typeName(p.t) + (p.n ? t("sep") + p.n : "") + " · " + t(p.p ? "planned" : "existing");
  }

  // --- a building ---------------------------------------------------------------------------------
  function buildingHtml(p) {
    const lines = D.measured.map((code, k) => {
      const d = p.d[k];
      const text = d === null ? t("none_within", number(D.cutoff_m || 0))
        : t(D.distance === "walking" ? "walk" : "straight", number(d), Math.max(1, Math.round(d / D.speed_m_per_min)));
      return `<li data-type="${code}">${typeName(code)}${t("sep")}${text}</li>`;
    });
    const circles = D.circles.map((c, k) => p.c[k]
      ? `<li class="complete" data-minutes="${c.minutes}">${t("circle_complete", c.minutes)}</li>`
      : `<li class="incomplete" data-minutes="${c.minutes}">${t("circle_incomplete", c.minutes,
          Math.round(100 * (p.s[k] || 0)))}</li>`);
    return `<div class="popup" data-building="${p.id}"><h3>${t("building", p.id)}</h3><b>${t("nearest")}</b>`
      + `<ul>${lines.join("")}</ul><b>${t("circles")}</b><ul>${circles.join("")}</ul></div>`;
  }
  let shown = null;
  function showBuilding(p, latlng) {
    shown = { p: p, latlng: latlng };
    document.getElementById("building").innerHTML = buildingHtml(p);
    L.popup({ maxWidth: 340 }).setLatLng(latlng).setContent(buildingHtml(p)).openOn(map);
  }

  // --- controls and legend ------------------------------------------------------------------------
  function fillControls() {
    const colour = document.getElementById("colour");
    colour.innerHTML = "";
    D.circles.forEach((c) => colour.add(new Option(t("colour_circle", c.minutes), "circle:" + c.minutes)));
    D.measured.forEach((code) => colour.add(new Option(t("colour_walk", typeName(code)), "walk:" + code)));
    colour.value = colourBy;
    const areaType = document.getElementById("area-type");
    const chosen = areaType.value;
    areaType.innerHTML = "";
    D.types.filter((x) => x.radius_m).forEach((x) => areaType.add(
      new Option(t("service_area_of", x[lang], number(x.radius_m)), x.code)));
    if (chosen) areaType.value = chosen;
  }
  function legend() {
    const [kind, what] = colourBy.split(":");
    const swatch = (colour, label) => `<div class="legend-row"><span class="swatch" style="background:${colour}"></span>${label}</div>`;
    let rows;
    if (kind === "circle") {
      rows = [`<b>${t("legend_share")}</b>`].concat(SHARE.map(([min, c]) => swatch(c, "≥ " + Math.round(min * 100) + "%")));
    } else {
      const radius = typeOf(what).radius_m;
      rows = [`<b>${radius ? t("legend_walk", typeName(what), number(radius)) : t("colour_walk", typeName(what))}</b>`]
        .concat(walkClasses(what).map(([, c, label]) => swatch(c, label)));
    }
    rows.push(swatch(NONE, t("unreached")));
    const kinds = [...new Set(D.facilities.features.map((f) => f.properties.t))].sort();
    rows.push(`<div class="legend-row"><span class="swatch" style="border:2px dashed #1f4e79"></span>${t("boundary")}</div>`);
    rows.push(`<div class="legend-row"><span class="swatch" style="outline:2px solid #1f4e79"></span>${t("existing")}</div>`);
    rows.push(`<div class="legend-row"><span class="swatch" style="outline:2px dashed #c2185b"></span>${t("planned")}</div>`);
    rows = rows.concat(kinds.filter((code) => typeOf(code).icon).map((code) =>
      `<div class="legend-row"><img class="legend-icon" src="${typeOf(code).icon}" alt="">${typeName(code)}</div>`));
    document.getElementById("legend").innerHTML = rows.join("");
  }
  function drawAreas() {
    areas.clearLayers();
    const code = document.getElementById("area-type").value;
    if (!document.getElementById("areas").checked || !code) return;
    const radius = typeOf(code).radius_m;
    D.facilities.features.filter((f) => f.properties.t === code).forEach((f) => {
      const [lon, lat] = f.geometry.coordinates;
      L.circle([lat, lon], { radius: radius, color: "#1f4e79", weight: 1, fillOpacity: 0.08, interactive: false }).addTo(areas);
    });
  }

  // --- the clause table ---------------------------------------------------------------------------
  function clauses() {
    const all = document.getElementById("show-all").checked;
    const rows = D.provisions.filter((e) => all || e.outcome !== "not_spatial").map((e) => {
      const strength = lang === "zh" ? e.strength_zh : t("strength." + e.strength);
      return `<tr class="${e.outcome}" data-id="${e.id}"><td>${e.clause}</td><td>${strength}</td>`
        + `<td>${escape(e[lang])}</td><td>${t("verdict." + e.outcome)}</td></tr>`;
    });
    document.querySelector("#clause-table tbody").innerHTML = rows.join("");
    const c = D.summary.counts;
    document.getElementById("overall").textContent = t("overall", t("verdict." + D.summary.overall));
    document.getElementById("counts").textContent = t("counts", c.pass || 0, c.fail || 0, c.warning || 0, c.info || 0);
    document.getElementById("not-assessed").textContent = t("not_assessed", D.summary.not_assessed.length,
      D.summary.not_assessed.join(lang === "zh" ? "、" : ", "));
  }
  function escape(text) {
    return String(text).replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]);
  }

  // --- the language -------------------------------------------------------------------------------
  function render() {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    const name = D.community.name;
    document.title = t("title", name);
    document.getElementById("title").textContent = t("title", name);
    document.getElementById("subtitle").textContent = t("subtitle",
      lang === "zh" ? D.standard.title_zh : D.standard.title_en, D.standard.code);
    document.getElementById("language").textContent = t("language");
    document.getElementById("distance-note").textContent = t(D.distance === "walking" ? "distance_walking" : "distance_straight");
    document.querySelectorAll("[data-w]").forEach((el) => { el.textContent = t(el.dataset.w); });
    fillControls();
    legend();
    clauses();
    drawAreas();
    if (icons) icons.eachLayer((m) => m.getElement && m.getElement() && (m.getElement().title = typeName(m.feature.properties.t)));
    showFacilities();
    if (shown) showBuilding(shown.p, shown.latlng);
  }

  document.getElementById("language").addEventListener("click", () => { lang = lang === "zh" ? "en" : "zh"; render(); });
  document.getElementById("colour").addEventListener("change", (e) => {
    colourBy = e.target.value;
    buildings.setStyle((f) => ({ fillColor: colourOf(f.properties) }));
    legend();
  });
  document.getElementById("areas").addEventListener("change", drawAreas);
  document.getElementById("area-type").addEventListener("change", drawAreas);
  document.getElementById("show-all").addEventListener("change", clauses);
  document.getElementById("print").addEventListener("click", () => window.print());

  const qr = qrcode(0, "M");
  qr.addData(location.href.split("?")[0].split("#")[0]);
  qr.make();
  document.getElementById("qr").innerHTML = qr.createSvgTag({ cellSize: 4, margin: 4 });

  render();
  // For the tests and the bench: the map and its buildings, and "drawn" once two frames have been painted.
  window.SC_MAP = map;
  window.SC_BUILDINGS = buildings;
  requestAnimationFrame(() => requestAnimationFrame(() => { window.SC_READY = true; }));
})();
