"""The expression evaluator: a table of expressions and values, and property tests that it never runs code."""

from __future__ import annotations

import contextlib
import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.forms.errors import ExpressionError
from desktop.forms.expr_eval import Scope, Value, evaluate_text
from desktop.forms.expr_parse import parse, references

ANSWERS: dict[str, str] = {
    "age": "16", "name": "Ana María", "means": "THREATS DEBT_BONDAGE", "empty": "", "date": "2024-03-01",
}


def scope(current: Value | None = None) -> Scope:
    return Scope(lookup=lambda name: ANSWERS.get(name, ""), current=current, today=dt.date(2024, 6, 30))


TABLE: list[tuple[str, Value]] = [
    ("1 + 2 * 3", 7.0),
    ("(1 + 2) * 3", 9.0),
    ("7 div 2", 3.5),
    ("7 mod 3", 1.0),
    ("-3 + 1", -2.0),
    ("- - 2", 2.0),
    ("${age} + 1", 17.0),
    ("${age} < 18", True),
    ("${age} >= 18", False),
    ("${age} = 16", True),
    ("${age} != '16'", False),
    ("${name} = 'Ana María'", True),
    ("${empty} = ''", True),
    ("${empty} > 3", False),
    ("${empty} < 3", False),
    ("1 = 1 and 2 = 3", False),
    ("1 = 1 or 2 = 3", True),
    ("not(1 = 2)", True),
    ("not(${empty})", True),
    ("selected(${means}, 'THREATS')", True),
    ("selected(${means}, 'THREAT')", False),
    ("count-selected(${means})", 2.0),
    ("count-selected(${empty})", 0.0),
    ("string-length(${name})", 9.0),
    ("string-length('')", 0.0),
    ("today()", "2024-06-30"),
    ("${date} < today()", True),
    ("${date} > '2024-12-31'", False),
    ("if(${age} < 18, 'child', 'adult')", "child"),
    ("if(${age} >= 18, 1, 0) + 5", 5.0),
    ("regex('AB-1234', '^[A-Z]{2}-[0-9]{4}$')", True),
    ("regex('AB-123', '^[A-Z]{2}-[0-9]{4}$')", False),
    ("regex(., '^[0-9]+$')", True),
    (". > 10", True),
    ("concat('a', 1, true())", "a1true"),
    ("number('x') = number('x')", False),
    ("int(7.9)", 7.0),
    ("round(2.345, 2)", 2.35),
    ("coalesce(${empty}, 'fallback')", "fallback"),
    ('"double" = \'double\'', True),
    ("1 div 0 > 1000000", True),
    ("3 < 2 < 1", True),
    ("'11:05' > '09:30'", True),
    ("'2024-01-01' < '2023-12-31'", False),
    # the ODK XForms specification's function table, one line each
    ("substr('trafficking', 0, 7)", "traffic"),
    ("substr('trafficking', 7)", "king"),
    ("substring-before('a-b-c', '-')", "a"),
    ("substring-after('a-b-c', '-')", "b-c"),
    ("translate('abc', 'ab', 'AB')", "ABc"),
    ("normalize-space('  a   b ')", "a b"),
    ("ends-with('belize', 'ize')", True),
    ("string-length(uuid())", 36.0),
    ("string-length(uuid(10))", 10.0),
    ("digest('abc', 'SHA-256', 'hex')", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("base64-decode('QW5h')", "Ana"),
    ("boolean-from-string('true') and not(boolean-from-string('yes'))", True),
    ("checklist(1, 2, 'yes', '', 'x')", True),
    ("checklist(3, -1, 'yes', '', 'x')", False),
    ("weighted-checklist(3, -1, 'yes', 2, '', 5, 'x', 1)", True),
    ("once('first')", "first"),
    ("round(2.5)", 3.0),
    ("round(-2.5)", -2.0),
    ("pow(2, 10)", 1024.0),
    ("abs(-4)", 4.0),
    ("sqrt(16)", 4.0),
    ("log10(1000)", 3.0),
    ("exp10(2)", 100.0),
    ("round(pi(), 4)", 3.1416),
    ("log(0 - 1) = log(0 - 1)", False),
    ("random() >= 0 and random() < 1", True),
    ("max(3, 9, 4)", 9.0),
    ("min(3, 9, 4)", 3.0),
    ("sum(5)", 5.0),
    ("count(${age})", 1.0),
    ("join('|', 'a', 'b')", "a|b"),
    ("selected-at(${means}, 1)", "DEBT_BONDAGE"),
    ("selected-at(${means}, 2)", ""),
    ("today() - ${date}", 121.0),
    ("date(19723)", "2024-01-01"),
    ("date('2024-03-01T10:00:00')", "2024-03-01"),
    ("decimal-date-time('1970-01-02T12:00:00Z')", 1.5),
    ("decimal-time('18:00')", 0.75),
    ("format-date('2024-03-01', '%Y/%m/%d %n-%e %y %b %a')", "2024/03/01 3-1 24 Mar Fri"),
    ("format-date-time('2024-03-01T07:05:09', '%H:%M:%S %h')", "07:05:09 7"),
    ("date-time(1.5)", "1970-01-02T12:00:00.000"),
    ("int((today() - '2008-06-30') div 365.25)", 16.0),
    ("starts-with(now(), '20')", True),
]


@pytest.mark.parametrize(("source", "expected"), TABLE)
def test_expression_table(source: str, expected: Value) -> None:
    result = evaluate_text(source, scope(current="42"))
    if isinstance(expected, float):
        assert isinstance(result, float) and math.isclose(result, expected)
    else:
        assert result == expected


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("__import__('os')", "__import__"),
        ("${a} +", "unexpected"),
        ("(1 + 2", "expected ')'"),
        ("/data/age > 3", "XPath paths"),
        ("pulldata('x', 'y')", "pulldata"),
        ("position(..)", "only meaningful inside a repeat"),
        ("instance('cities')", "secondary instances"),
        ("pulldata('x', 'y', 'z', 'w')", "external CSV"),
        ("current()", "instance()"),
        (".. = 1", "only supported as position(..)"),
        ("position(${a})", "no argument or '..'"),
        ("indexed-repeat(${a}, ${r}, 1, ${s}, 2)", "nested repeats"),
        ("jr:choice-name(${a}, ${a})", "written '${field}'"),
        ("jr:itext('x')", "label::language"),
        ("age > 3", "bare name 'age'"),
        ("selected(${a})", "takes 2 arguments, not 1"),
        ("1 ; 2", "unexpected character"),
        ("a[1]", "'['"),
        ("", "empty"),
        ("(" * 60 + "1" + ")" * 60, "nested deeper"),
        ("1 + " * 400 + "1", "longer than"),
        ("1+" * 300 + "1", "more than 200 operators"),
        ("regex('a', '(')", "invalid regular expression"),
    ],
)
def test_rejected_expressions_name_the_problem(source: str, fragment: str) -> None:
    with pytest.raises(ExpressionError, match=None) as caught:
        evaluate_text(source, scope())
    assert fragment in str(caught.value)


def test_deep_but_reasonable_nesting_is_accepted() -> None:
    nested_ifs = "if(1 = 1, " * 30 + "'deep'" + ", 'no')" * 30
    assert evaluate_text(nested_ifs) == "deep"
    assert evaluate_text("(" * 35 + "2" + ")" * 35 + " * 3") == 6.0


def test_references_lists_fields_read() -> None:
    assert references(parse("if(${a} > 1, ${b}, concat(${c}, .))")) == {"a", "b", "c"}


def test_unknown_field_without_lookup_is_an_engine_error() -> None:
    with pytest.raises(ExpressionError):
        evaluate_text("${nobody} = 1")


_CODE_LIKE = st.sampled_from(
    [
        "__import__('os').system('touch /tmp/pwned')", "open('/etc/passwd').read()", "exec('1')",
        "eval('1')", "lambda: 1", "().__class__.__bases__[0]", "${a}.__class__", "os.system('x')",
        "globals()", "import os", "[x for x in ()]", "{'a': 1}", "print(1)", "compile('1','','eval')",
    ]
)
_PIECES = st.sampled_from(
    ["${a}", ".", "1", "'x'", "(", ")", ",", "and", "or", "not(", "selected(", "if(", "+", "-", "div", "=",
     "<", "today()", "regex(", "__", "import", "os", "[", "]", "@", ";", "\\", '"', "'"]
)


def _evaluate_or_engine_error(source: str) -> None:
    with contextlib.suppress(ExpressionError):
        evaluate_text(source, scope(current="1"))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_only_raises_the_engine_error(source: str) -> None:
    """P4: any string parses and evaluates or raises ExpressionError; nothing else escapes."""
    _evaluate_or_engine_error(source)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join))
def test_token_soup_only_raises_the_engine_error(source: str) -> None:
    _evaluate_or_engine_error(source)


@settings(max_examples=100, deadline=None)
@given(code=_CODE_LIKE, prefix=st.sampled_from(["", "1 + ", "if(", "not("]))
def test_python_code_is_never_executed(code: str, prefix: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """P4: Python in an expression is a parse error: no builtins are reachable and no file appears."""
    marker = tmp_path_factory.getbasetemp() / "pwned"
    with pytest.raises(ExpressionError):
        evaluate_text(prefix + code.replace("/tmp/pwned", str(marker)), scope())
    assert not marker.exists()
