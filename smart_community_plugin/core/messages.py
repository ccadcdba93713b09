"""Messages as data: an id and its values, rendered in Chinese or English from one catalogue.

Checks, findings and errors carry a `Message`; the texts live in `resources/messages/*.json`, one entry per
id with an `en` and a `zh` template. Templates use Python's format syntax (`{population:,.0f}`) plus
optional segments: `[?name|text]` is kept when the value `name` is truthy, `[!name|text]` when it is not.
Placeholders whose names the catalogue lists under `placeholders` are terms (a facility type code, a layer
role, a distance method ...) and are shown in the reader's language.
"""

from __future__ import annotations

import json
import math
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Optional, Union

LANGUAGES = ("zh", "en")
CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "resources" / "messages"
NONE_TEXT = "—"
# [?name|text] / [!name|text]: a segment shown when the value is truthy / falsy; no nesting, no ] inside.
SEGMENT = re.compile(r"\[([?!])(\w+)\|(.*?)\]", re.DOTALL)
LIST_SEPARATOR = {"zh": "、", "en": ", "}
SENTENCE_SEPARATOR = {"zh": "；", "en": "; "}
_language = ["en"]


def set_language(language: str) -> None:
    """The language `str(message)` and errors speak in this process (the plugin sets the UI language)."""
    _language[0] = normalise_language(language)


def current_language() -> str:
    """The process's message language, 'zh' or 'en'."""
    return _language[0]


def normalise_language(language: Optional[str]) -> str:
    """'zh', 'zh_CN', 'zh-Hans' → 'zh'; anything else → 'en'."""
    return "zh" if (language or "").lower().startswith("zh") else "en"


_PLAIN = (str, bool, int, type(None))


def json_value(value: Any) -> Any:
    """A value as JSON keeps it: numpy scalars to Python, tuples and sets to lists, NaN to None, floats to 6
    decimals (as the review's other numbers; a float's 16 digits would read like a phone number to the privacy
    filter's quick search and send every document down its slow path)."""
    # Exact types first: most values are plain, and a review of a city builds 1e5 messages.
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is float:
        return round(value, 6) if math.isfinite(value) else None
    if isinstance(value, Message):   # a message inside a message (several problems said at once)
        return {"message_id": value.id, "values": dict(value.values)}
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return [json_value(v) for v in items]
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float):
        return round(value, 6) if math.isfinite(value) else None
    return value


@dataclass(frozen=True)
class Message:
    """A message id and its values; the text is rendered per language."""

    id: str
    values: Mapping[str, Any] = field(default_factory=dict)
    # Texts rendered so far, by language: the JSON, the GeoPackage and the report each ask for both.
    _texts: dict[str, str] = field(default_factory=dict, compare=False, repr=False, hash=False)

    def text(self, language: Optional[str] = None) -> str:
        """The message in a language (default: the process's)."""
        lang = normalise_language(language or current_language())
        got = self._texts.get(lang)
        if got is None:
            got = self._texts[lang] = catalogue().render(self, lang)
        return got

    def texts(self) -> dict[str, str]:
        """The message in both languages."""
        return {lang: self.text(lang) for lang in LANGUAGES}

    def to_dict(self, language: Optional[str] = None) -> dict[str, Any]:
        """JSON form: message (in the language asked), message_id, values and both texts."""
        return {"message": self.text(language), "message_id": self.id, "values": dict(self.values),
                "messages": self.texts()}

    def __str__(self) -> str:
        return self.text()


def message(message_id: str, **values: Any) -> Message:
    """A Message with JSON-safe values."""
    return Message(message_id, {k: json_value(v) for k, v in values.items()})


Text = Union[Message, str]


def item_text(item: Mapping[str, Any], language: Optional[str] = None) -> str:
    """The text of a check or finding in its JSON form, in a language: rendered from its id and values when
    the catalogue knows the id (a review written in English reads in Chinese), else the stored texts."""
    lang = normalise_language(language or current_language())
    if item.get("message_id") and item["message_id"] in catalogue().entries:
        return catalogue().render(Message(item["message_id"], item.get("values") or {}), lang)
    return (item.get("messages") or {}).get(lang) or str(item.get("message", ""))


def text_of(value: Text, language: Optional[str] = None) -> str:
    """A message's text, or a plain string as it is (text from outside the catalogue: a library's error)."""
    return value.text(language) if isinstance(value, Message) else str(value)


class _Formatter(string.Formatter):
    """str.format that shows None as a dash and leaves text alone under a number's format."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if value is None:
            return NONE_TEXT
        if isinstance(value, str):
            return value
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()


@dataclass
class Catalogue:
    """Every message template and term by id, with the placeholders that are terms."""

    entries: dict[str, dict[str, str]]
    terms: dict[str, dict[str, dict[str, str]]]
    placeholders: dict[str, str]
    # Terms the catalogue does not hold (facility types, smart items): kind -> (code, language) -> text.
    dynamic: dict[str, Callable[[str, str], Optional[str]]] = field(default_factory=dict)
    _kinds: dict[str, Optional[str]] = field(default_factory=dict, repr=False)   # placeholder name -> term kind

    def template(self, message_id: str, language: str) -> str:
        """The raw template of an id in a language."""
        entry = self.entries.get(message_id)
        if entry is None:
            raise KeyError(f"no message {message_id!r} in {CATALOGUE_DIR}")
        return entry[language]

    def term(self, kind: str, code: Any, language: str) -> str:
        """A term in a language; an unknown code is shown as it is."""
        if code is None:
            return NONE_TEXT
        key = str(code)
        entry = self.terms.get(kind, {}).get(key)
        if entry is not None:
            return entry[language]
        if kind in self.dynamic:
            found = self.dynamic[kind](key, language)
            if found:
                return found
        return key

    def words(self, language: str) -> Callable[[str], str]:
        """A function giving the text of a catalogue id without values (labels, headings)."""
        return lambda key: self.template(key, language)

    def render(self, msg: Message, language: Optional[str] = None) -> str:
        """The message's text in a language."""
        lang = normalise_language(language or current_language())
        values = msg.values
        text = self.template(msg.id, lang)
        if "[" in text:
            text = SEGMENT.sub(lambda m: m.group(3) if bool(values.get(m.group(2))) == (m.group(1) == "?") else "",
                               text)
        shown = {name: self._shown(name, value, lang) for name, value in values.items()}
        try:
            # str.format in C; a dash or a text under a number's format raises, and the formatter that shows
            # them as they are takes over (a review of 1e5 facilities renders 1e5 messages twice).
            return text.format_map(_Missing({k: NONE_TEXT if v is None else v for k, v in shown.items()}))
        except (ValueError, TypeError):
            return _FORMATTER.vformat(text, (), _Missing(shown))

    def _kind(self, name: str) -> Optional[str]:
        """The term kind of a placeholder name (type, type2 ... -> type), remembered per name."""
        if name not in self._kinds:
            self._kinds[name] = self.placeholders.get(name.rstrip("0123456789"))
        return self._kinds[name]

    def _shown(self, name: str, value: Any, lang: str) -> Any:
        t = type(value)
        if t is str or t is int or t is float:   # most values: plain, shown as they are unless a term
            kind = self._kind(name)
            return value if kind is None else self.term(kind, value, lang)
        # Values are JSON-safe (message() made them so): plain dicts and lists, tested without the ABCs.
        if isinstance(value, dict):
            if set(value) == set(LANGUAGES):
                return value[lang]  # a text given in both languages (a requirement of the standard)
            if "message_id" in value:
                return self.render(Message(value["message_id"], value.get("values", {})), lang)
        elif isinstance(value, list) and any(isinstance(v, dict) and "message_id" in v for v in value):
            return SENTENCE_SEPARATOR[lang].join(str(self._shown(name, v, lang)) for v in value)
        kind = self._kind(name)
        if kind is None:
            if isinstance(value, list):
                return LIST_SEPARATOR[lang].join(NONE_TEXT if v is None else str(v) for v in value)
            return value
        if isinstance(value, list):
            # An item given in both languages (the type's own wording of a smart item) is shown as given.
            return LIST_SEPARATOR[lang].join(v[lang] if isinstance(v, Mapping) and lang in v else self.term(kind, v, lang)
                                             for v in value)
        return self.term(kind, value, lang)


class _Missing(dict):
    """Values for format_map; a placeholder without a value shows as a dash instead of raising."""

    def __missing__(self, key: str) -> str:
        return NONE_TEXT


def load_catalogue(folder: Path = CATALOGUE_DIR) -> Catalogue:
    """Read every JSON file of the catalogue folder; an id defined twice is an error."""
    entries: dict[str, dict[str, str]] = {}
    terms: dict[str, dict[str, dict[str, str]]] = {}
    placeholders: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, entry in data.get("messages", {}).items():
            if key in entries:
                raise ValueError(f"message {key!r} is defined twice ({path.name})")
            entries[key] = entry
        for kind, table in data.get("terms", {}).items():
            terms.setdefault(kind, {}).update(table)
        placeholders.update(data.get("placeholders", {}))
    return Catalogue(entries, terms, placeholders)


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """The plugin's catalogue, with the standard's facility types and smart items as terms."""
    from ..standard import load_standard

    cat = load_catalogue()
    standard = load_standard()
    names = {f.code: {"zh": f.name_zh, "en": f.name_en} for f in standard.facilities}
    names.update({o.code: {"zh": o.name_zh, "en": o.name_en} for o in standard.other_types})
    items = {r.code: {"zh": r.text_zh, "en": r.text_en}
             for f in standard.facilities for r in standard.smart_requirements_for(f.code)}
    cat.dynamic["facility_type"] = lambda code, lang: names.get(code, {}).get(lang)
    from ..standard.register import load_register

    items.update({code: dict(label) for code, label in load_register().green_smart_items.items()})
    cat.dynamic["smart_item"] = lambda code, lang: items.get(code, {}).get(lang)
    return cat


def template_fields(template: str) -> list[tuple[str, str]]:
    """The placeholders of a template (name, format spec) and its segments' names, sorted: the same set
    in both languages, or a translation shows a wrong value."""
    out = [(m.group(1) + m.group(2), "") for m in SEGMENT.finditer(template)]
    for _literal, name, spec, _conv in string.Formatter().parse(SEGMENT.sub(lambda m: m.group(3), template)):
        if name is not None:
            out.append((name, spec or ""))
    return sorted(set(out))
