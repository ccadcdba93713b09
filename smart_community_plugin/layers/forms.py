"""Attribute forms of the planning layers: labels, tabs, checkboxes, value maps, constraints that say why, and
the 6.4.2 defaults (data source, time of entry), all in the interface language from the message catalogue."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Optional

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsValueMapFieldFormatter,
    QgsVectorLayer,
)

from ..core.messages import Message, catalogue, current_language
from ..standard.model import Standard
from .schema import FieldSpec, layer_spec

# Tabs in the order a planner fills them; "other" takes a layer's fields the schema does not know, so a
# submission's own columns stay reachable in the form; the data source comes last (mostly filled by default).
TAB_ORDER = ("basic", "size", "smart", "phasing", "other", "source")
YES, NO = "1", "0"
# The planner and the project, as QGIS knows them when a feature is added (the expression is evaluated then).
PLANNER_EXPRESSION = "coalesce(nullif(@user_full_name, ''), @user_account_name)"
PROJECT_EXPRESSION = "coalesce(nullif(@project_title, ''), nullif(@project_basename, ''), 'QGIS')"
_SLOTS = {"\x01": PLANNER_EXPRESSION, "\x02": PROJECT_EXPRESSION}


def known_term(kind: str, code: str, language: str) -> Optional[str]:
    """A term of the catalogue, or None when the catalogue has none (term() would echo the code)."""
    entry = catalogue().terms.get(kind, {}).get(code)
    return entry[language] if entry else None


def field_label(role: str, field: str, language: Optional[str] = None) -> Optional[str]:
    """A field's label in a language: the form's own for this layer, else the catalogue's field term."""
    lang = language or current_language()
    label = (known_term("form_field", f"{role}.{field}", lang) or known_term("form_field", field, lang)
             or known_term("field", field, lang))
    return _as_label(label, lang) if label else None


def _as_label(text: str, language: str) -> str:
    """A catalogue word as a form shows it: capitalised in English (the catalogue's words sit in sentences)."""
    return text[:1].upper() + text[1:] if language == "en" else text


def tab_label(tab: str, language: Optional[str] = None) -> str:
    """A form tab's name (基本信息, 规模 ...)."""
    return catalogue().term("form_tab", tab, language or current_language())


def value_map(spec: FieldSpec, standard: Standard, language: Optional[str] = None) -> list[dict[str, str]]:
    """The choices of a field with catalogue terms: label in the language -> stored code, "not filled" first
    so a new feature starts empty instead of silently taking the first choice."""
    lang = language or current_language()
    # Table A.0.1's rows, then the facility types chapters 4 and 4.5.7 name (operation centre, parking ...).
    codes = spec.choices or (tuple(f.code for f in standard.facilities) + tuple(o.code for o in standard.other_types)
                             if spec.terms == "facility_type" else ())
    unset = Message("ui.form.not_filled").text(lang)
    return [{unset: QgsValueMapFieldFormatter.NULL_VALUE}] + [
        {_as_label(catalogue().term(spec.terms, code, lang), lang): code} for code in codes]


def checkbox_widget() -> QgsEditorWidgetSetup:
    """A checkbox storing 1/0; an empty value stays empty (unknown is not "no") until the planner ticks it."""
    return QgsEditorWidgetSetup("CheckBox", {"CheckedState": YES, "UncheckedState": NO, "TextDisplayMethod": 0,
                                             "AllowNullState": True})


def plain_number(x: float) -> str:
    """A number as QGIS expressions read it: no exponent (1e7 -> 10000000)."""
    return format(x, "f").rstrip("0").rstrip(".")


def shown_number(x: float) -> str:
    """A number as a planner reads it: thousands separated from five digits (a year stays 1950, a count
    9999), no exponent, no trailing zeros."""
    if not float(x).is_integer():
        return plain_number(x)
    return f"{int(x):,}" if abs(x) >= 10_000 else str(int(x))


def range_constraint(column: str, spec: FieldSpec, language: Optional[str] = None) -> tuple[str, str]:
    """The expression accepting the spec's plausible range (or no value) and the sentence saying so."""
    ref, lo, hi = QgsExpression.quotedColumnRef(column), plain_number(spec.minimum), plain_number(spec.maximum)
    said = Message("ui.form.constraint.range", {"field": spec.name, "minimum": shown_number(spec.minimum),
                                                "maximum": shown_number(spec.maximum)})
    return f"{ref} IS NULL OR ({ref} >= {lo} AND {ref} <= {hi})", said.text(language or current_language())


def data_source_expression(language: Optional[str] = None) -> str:
    """6.4.2: a default data source naming the planner and the project, e.g. "由 张三 在 望京社区 中绘制"."""
    text = Message("ui.form.default.data_source", {"planner": "\x01", "project": "\x02"}).text(
        language or current_language())
    parts = [p for p in re.split("([\x01\x02])", text) if p]
    return " || ".join(_SLOTS.get(p) or QgsExpression.quotedString(p) for p in parts)


def apply_form(layer: QgsVectorLayer, role: str, standard: Standard, names: Optional[Mapping[str, str]] = None,
               language: Optional[str] = None) -> None:
    """The role's form on a layer: labels, widgets, constraints, defaults and tabs. `names` maps the schema's
    field names to the layer's (a submission's own names); a field the layer lacks is skipped."""
    lang = language or current_language()
    names = dict(names or {})
    fields = layer.fields()
    schema_of = {}
    for spec in layer_spec(role).fields:
        idx = fields.lookupField(names.get(spec.name, spec.name))
        if idx < 0:
            continue
        schema_of[idx] = spec
        column = fields.at(idx).name()
        if spec.yes_no:
            layer.setEditorWidgetSetup(idx, checkbox_widget())
        elif spec.terms:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueMap", {"map": value_map(spec, standard, lang)}))
        if spec.minimum is not None and spec.maximum is not None:
            expression, why = range_constraint(column, spec, lang)
            layer.setConstraintExpression(idx, expression, why)
        if spec.name == "facility_type":
            _facility_type_constraints(layer, idx, column, standard, lang)
        if spec.name == "data_source":
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(data_source_expression(lang), False))
        if spec.name == "entry_time":
            layer.setDefaultValueDefinition(idx, QgsDefaultValue("now()", False))  # on insert only: 入库时间
    for idx in range(fields.count()):
        key = schema_of[idx].name if idx in schema_of else fields.at(idx).name()
        label = field_label(role, key, lang)
        if label:
            layer.setFieldAlias(idx, label)
    _tabs(layer, schema_of, lang)


def _facility_type_constraints(layer: QgsVectorLayer, idx: int, column: str, standard: Standard,
                               language: str) -> None:
    """A type is required (hard); one outside Table A.0.1 is flagged with the reason but may be kept for now
    (soft): a submission's misspelt types must stay editable until the planner corrects them."""
    layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintNotNull)
    ref = QgsExpression.quotedColumnRef(column)
    codes = ", ".join(QgsExpression.quotedString(f.code) for f in standard.facilities)
    layer.setConstraintExpression(idx, f"{ref} IS NULL OR {ref} IN ({codes})",
                                  Message("ui.form.constraint.facility_type").text(language))
    layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintExpression,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)


def _tabs(layer: QgsVectorLayer, schema_of: Mapping[int, FieldSpec], language: str) -> None:
    """A drag-and-drop form: the schema's fields in their tabs, the layer's other fields in "other"."""
    fields = layer.fields()
    keys = set(layer.primaryKeyAttributes())  # the GeoPackage's fid: QGIS fills it, nobody types it
    by_tab: dict[str, list[int]] = {tab: [] for tab in TAB_ORDER}
    for idx in range(fields.count()):
        if idx in keys:
            continue
        by_tab[schema_of[idx].tab if idx in schema_of else "other"].append(idx)
    config = layer.editFormConfig()
    config.clearTabs()
    root = config.invisibleRootContainer()
    for tab in TAB_ORDER:
        if not by_tab[tab]:
            continue
        container = QgsAttributeEditorContainer(tab_label(tab, language), root)
        container.setType(Qgis.AttributeEditorContainerType.Tab)
        for idx in by_tab[tab]:
            container.addChildElement(QgsAttributeEditorField(fields.at(idx).name(), idx, container))
        config.addTab(container)
    config.setLayout(Qgis.AttributeFormLayout.DragAndDrop)
    layer.setEditFormConfig(config)
