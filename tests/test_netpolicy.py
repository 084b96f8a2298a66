"""The address policy as pure functions: no packet is sent by these tests."""

from __future__ import annotations

from clipper.netpolicy import Scope, address_class, refusal, strip_userinfo
from clipper.portals import read_url_list


def never_resolve(host: str) -> list[str]:
    raise AssertionError(f"the policy tried to resolve {host}")


def test_address_classes() -> None:
    assert address_class("127.0.0.1") == "loopback"
    assert address_class("::1") == "loopback"
    assert address_class("10.1.2.3") == address_class("192.168.0.9") == address_class("172.16.5.4") == "private"
    assert address_class("169.254.169.254") == "metadata"
    assert address_class("169.254.10.10") == "link-local"
    assert address_class("fe80::1") == "link-local"
    assert address_class("::ffff:127.0.0.1") == "loopback"
    assert address_class("100.100.100.200") == "metadata"
    assert address_class("0.0.0.0") == "unspecified"
    assert address_class("224.0.0.1") == "multicast"
    assert address_class("8.8.8.8") is None
    assert address_class("not-an-ip") is None


def test_only_http_and_https() -> None:
    scope = Scope.of_urls(["http://www.example.cn/"])
    assert refusal("file:///etc/passwd", scope, never_resolve).startswith("refused: only http(s)")
    assert refusal("ftp://www.example.cn/a", scope, never_resolve).startswith("refused: only http(s)")
    assert refusal("gopher://127.0.0.1:6379/_x", scope, never_resolve).startswith("refused: only http(s)")


def test_domains_and_ports() -> None:
    scope = Scope.of_urls(["http://www.example.cn/list/1.html"], ["example.cn"])
    ok = lambda h: ["93.184.216.34"]  # noqa: E731 - a public address, given not looked up
    assert refusal("http://news.example.cn/a.html", scope, ok) is None
    assert refusal("https://www.example.cn/a.html", scope, ok) is None, "https on its default port"
    assert "not a domain" in refusal("http://example.cn.evil.org/a", scope, ok)
    assert "port 8080" in refusal("http://www.example.cn:8080/a", scope, ok)
    local = Scope.of_urls(["http://127.0.0.1:18801/list"], allow_private=True)
    assert refusal("http://127.0.0.1:18801/news/1.html", local, never_resolve) is None
    assert "port 18802" in refusal("http://127.0.0.1:18802/admin", local, never_resolve)


def test_private_and_metadata_addresses() -> None:
    public = Scope.of_urls(["http://www.example.cn/"])
    assert "loopback" in refusal("http://www.example.cn/", public, lambda h: ["127.0.0.1"])
    assert "private" in refusal("http://www.example.cn/", public, lambda h: ["10.0.0.7"])
    allowed = Scope.of_urls(["http://www.example.cn/"], allow_private=True)
    assert refusal("http://www.example.cn/", allowed, lambda h: ["10.0.0.7"]) is None
    assert "metadata" in refusal("http://www.example.cn/", allowed, lambda h: ["169.254.169.254"])
    # A redirect hop to the metadata address, from any scope, is refused without a lookup.
    assert "metadata" in refusal("http://169.254.169.254/latest/meta-data/", Scope(("169.254.169.254",),
                                 allow_private=True), never_resolve)
    assert "not a domain" in refusal("http://169.254.169.254/latest/", public, never_resolve)


def test_a_listed_url_is_its_own_scope() -> None:
    listed = Scope.of_url("http://127.0.0.1:18801/news/1.html")
    assert refusal("http://127.0.0.1:18801/news/2.html", listed, never_resolve) is None
    assert "port 18802" in refusal("http://127.0.0.1:18802/", listed, never_resolve)
    named = Scope.of_url("http://intranet.example.cn/a.html")
    assert "private" in refusal("http://intranet.example.cn/a.html", named, lambda h: ["192.168.1.2"])
    assert refusal(None or "http://no-scope.example/", None, never_resolve).endswith("on no configured portal")


def test_userinfo_is_never_kept(tmp_path) -> None:
    assert strip_userinfo("http://user:secret@www.example.cn:8080/a?b=1") == "http://www.example.cn:8080/a?b=1"
    assert strip_userinfo("http://www.example.cn/a@b") == "http://www.example.cn/a@b"
    urls = tmp_path / "urls.txt"
    urls.write_text("http://admin:hunter2@www.example.cn/a.html\n")
    assert read_url_list(urls) == ["http://www.example.cn/a.html"]
