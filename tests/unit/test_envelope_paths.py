"""The fast reading of MAIL/RCPT paths agrees with the email package wherever it is taken."""

from __future__ import annotations

from email._header_value_parser import get_addr_spec, get_angle_addr

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.admission import split_path

ATOM = st.text("abcXYZ019!#$%&'*+/=?^_`{|}~-", min_size=1, max_size=10)
LABEL = st.from_regex(r"[A-Za-z0-9_]([A-Za-z0-9_-]{0,8}[A-Za-z0-9_])?", fullmatch=True)
PARAMS = st.sampled_from(["", " SIZE=1000", " SIZE=5 BODY=8BITMIME", "  SMTPUTF8"])


@settings(max_examples=400, deadline=None)
@given(
    local=st.lists(ATOM, min_size=1, max_size=3).map(".".join),
    domain=st.one_of(
        st.lists(LABEL, min_size=1, max_size=4).map(".".join),
        st.just("[192.0.2.1]"),
    ),
    params=PARAMS,
    bracketed=st.booleans(),
)
def test_plain_paths_read_as_the_email_package_reads_them(
    local: str, domain: str, params: str, bracketed: bool
) -> None:
    path = f"{local}@{domain}"
    arg = (f"<{path}>" if bracketed else path) + params
    split = split_path(arg)
    assert split is not None
    parse = get_angle_addr if bracketed else get_addr_spec
    address, rest = parse(arg)
    assert (split[0], split[1].split()) == (address.addr_spec, rest.split())


def test_what_is_not_a_plain_path_is_refused() -> None:
    for arg in ["<a@b.example", "<@relay.example:a@b.example>", "a@b.example(comment)",
                "<a@b.example>x", "a b@c.example", "", "a"]:  # fmt: skip
        assert split_path(arg) is None, arg
    assert split_path("<>") == ("", "")
    assert split_path('<"a b"@c.example>') == ('"a b"@c.example', "")
