"""smart_community:publish_web — the review as a self-contained web page for public display (公示) and comment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.errors import InputError
from ..i18n import tr, tr_noop
from ..standard import load_standard
from .base import SmartAlgorithm
from .parameters import add_language_parameter, add_scheme_parameters, language_parameter, review_from_parameters
from .report import read_review

DATUMS = ("wgs84", "gcj02")


class PublishWebAlgorithm(SmartAlgorithm):
    """REVIEW_JSON + RESULT_GPKG of a finished review, or the scheme's layers to review first; writes OUTPUT."""

    NAME, GROUP, TITLE = "publish_web", "review", tr_noop("Publish for residents (web page)")
    HELP = tr_noop(
        "Writes a folder with a web page for public display (公示, 7.0.3, 5.5.1) that opens straight from disk "
        "or from any static web server, with no network and no API key: the community boundary, buildings "
        "coloured by how complete their life circles are (or by the walk to a chosen facility type), existing and "
        "planned facilities with their pictograms, service areas on demand; a click on a building shows the "
        "distance and minutes to the nearest facility of each type and which life circles are complete; the "
        "clause table with the review's results and the provisions not assessed; a language switch (中文 / "
        "English), a printable QR code of the page's address and the satisfaction survey template (7.0.6). "
        "Only what the page needs is published, with personal data masked. Give a finished review (its JSON "
        "and result GeoPackage) or the scheme's layers. TILE_URL adds a base map (e.g. 天地图 with your own key; "
        "the page then needs the network); TILE_DATUM is the datum of its tiles (天地图: WGS84/CGCS2000; "
        "AMap/Tencent: GCJ-02), and the data are shown in it.")

    def define(self) -> None:
        """A review or the scheme; the language, an optional base map; the folder."""
        self.addParameter(QgsProcessingParameterFile(
            "REVIEW_JSON", tr("Review (JSON; empty: review the layers below)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "RESULT_GPKG", tr("Result layers of that review (GeoPackage)"), extension="gpkg", optional=True))
        add_scheme_parameters(self, scheme_optional=True)
        add_language_parameter(self, tr("Language the page opens in"))
        self.addParameter(QgsProcessingParameterString(
            "TILE_URL", tr("Base map tile URL with z, x and y in braces (empty: none, the page works offline)"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "TILE_DATUM", tr("Datum of the base map's tiles"), ["WGS84 / CGCS2000 (天地图)", "GCJ-02 (高德, 腾讯)"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Web page folder")))
        self.addOutput(QgsProcessingOutputNumber("BUILDINGS_PUBLISHED", tr("Buildings on the page")))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Check the folder, get the review (read or run), write the page."""
        from ..pipeline.outputs import json_safe
        from ..pipeline.privacy import user_privacy
        from ..pipeline.result_layers import iter_review_layers
        from ..web.frames import frames_from_gpkg, frames_from_layers
        from ..web.page_data import page_data
        from ..web.publish import check_target, vendored, write_page

        out = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        inputs = [Path(p) for p in self.input_sources(parameters, context) if p]
        inputs = [Path(str(p).split("|")[0]) for p in inputs]
        check_target(out, inputs)           # before any work: a folder that may not be replaced says so now
        vendored()
        tile = (self.parameterAsString(parameters, "TILE_URL", context) or "").strip()
        if tile and not all(k in tile for k in ("{z}", "{x}", "{y}")):
            raise InputError(tr("The tile URL needs the three placeholders z, x and y, each in braces: {}").format(tile))
        datum = DATUMS[self.parameterAsEnum(parameters, "TILE_DATUM", context)]
        review_json = self.parameterAsFile(parameters, "REVIEW_JSON", context)
        gpkg = self.parameterAsFile(parameters, "RESULT_GPKG", context)
        if review_json:
            if not gpkg:
                raise InputError(tr("Give the result GeoPackage written with that review (RESULT_GPKG): the page "
                                    "draws its buildings."))
            review: dict[str, Any] = read_review(review_json, gpkg)
            frames = frames_from_gpkg(Path(gpkg))
        elif self.parameterAsVectorLayer(parameters, "COMMUNITY", context) is not None:
            reviewed = review_from_parameters(self, parameters, context, feedback)
            review = json_safe(reviewed.result.to_dict())
            frames = frames_from_layers(iter_review_layers(reviewed))
        else:
            raise InputError(tr("Give a review JSON and its result GeoPackage, or the community, buildings and "
                                "facilities to review."))
        feedback.setProgressText(tr("Writing the web page"))
        privacy = user_privacy()
        data = page_data(review, frames, load_standard(), datum, privacy, tile)
        write_page(data, out, language_parameter(self, parameters, context), privacy, inputs)
        count = len(data["buildings"]["features"])
        feedback.pushInfo(tr("Wrote the web page {} ({} buildings); open index.html in a browser.")
                          .format(out / "index.html", count))
        return {"OUTPUT": str(out), "BUILDINGS_PUBLISHED": count}
