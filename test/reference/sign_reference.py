"""An independent implementation of the signing rules (shared spec app-auth.md, section 1),
written in Python from the spec's text alone, without looking at the TypeScript core. It
computes the expected values of test/data/vectors-extra.json:

    python3 test/reference/sign_reference.py > test/data/vectors-extra.json
"""
import base64
import hashlib
import hmac
import json
import urllib.parse

STAGES = ("/release", "/prepub", "/test")


def strip_stage(path):
    for stage in STAGES:
        if path == stage:
            return "/"
        if path.startswith(stage + "/"):
            return path[len(stage):]
    return path or "/"


def split_url(url):
    rest = url.split("://", 1)[1]
    slash = [i for i in (rest.find("/"), rest.find("?")) if i >= 0]
    target = rest[min(slash):] if slash else ""
    target = target.split("#", 1)[0]
    path, _, query = target.partition("?")
    return path or "/", query


def pairs(text, decode):
    out = []
    for segment in text.split("&"):
        if not segment:
            continue
        key, _, value = segment.partition("=")
        if decode:
            key = urllib.parse.unquote_plus(key, errors="strict")
            value = urllib.parse.unquote_plus(value, errors="strict")
        out.append((key, value))
    return out


def is_form(content_type):
    return content_type.split(";")[0].strip().lower() == "application/x-www-form-urlencoded"


def utf8(text):
    return text.encode("utf-8")


def sign(request):
    options = request.get("options", {})
    decode = options.get("values", "decoded") == "decoded"
    path, query = split_url(request["url"])
    if options.get("stripStage", True):
        path = strip_stage(path)
    params = pairs(query, decode)
    body = request["body"]
    content_type = request["contentType"].strip(" \t")
    accept = request["accept"].strip(" \t")
    if is_form(content_type):
        params += pairs(body, decode)
    params.sort(key=lambda kv: (utf8(kv[0]), utf8(kv[1])))
    joined = "&".join(k if v == "" else f"{k}={v}" for k, v in params)
    path_and_parameters = path + ("?" + joined if joined else "")

    md5 = ""
    if body and not is_form(content_type):
        digest = hashlib.md5(utf8(body))
        raw = digest.digest() if options.get("md5") == "raw" else utf8(digest.hexdigest())
        md5 = base64.b64encode(raw).decode()

    headers = [("x-date", request["xDate"])] + [tuple(h) for h in request.get("signedHeaders", [])]
    headers = sorted(((n.strip().lower(), v.strip(" \t")) for n, v in headers), key=lambda h: utf8(h[0]))
    header_block = "".join(f"{n}: {v}\n" for n, v in headers)
    signing_string = header_block + "\n".join(
        [request["method"].upper(), accept, content_type, md5, path_and_parameters]
    )

    algorithm = request.get("algorithm", "hmac-sha1")
    digestmod = {"hmac-sha1": hashlib.sha1, "hmac-sha256": hashlib.sha256}[algorithm]
    mac = hmac.new(utf8(request["secret"]), utf8(signing_string), digestmod).digest()
    signature = base64.b64encode(mac).decode()
    names = " ".join(n for n, _ in headers)
    authorization = (
        f'hmac id="{request["key"]}", algorithm="{algorithm}", '
        f'headers="{names}", signature="{signature}"'
    )
    return {
        "signingString": signing_string,
        "contentMD5": md5,
        "signature": signature,
        "authorization": authorization,
    }


BASE = {"accept": "application/json", "contentType": "", "body": "",
        "xDate": "Wed, 02 Dec 2026 10:20:30 GMT", "key": "APIDextra", "secret": "extra-secret"}

REQUESTS = [
    ("put-json-sha256-prepub", "PUT with a JSON body under hmac-sha256; /prepub stage removed",
     {"method": "PUT", "url": "https://svc.apigw.tencentcs.com/prepub/v2/items/7?lang=zh&dry=1",
      "contentType": "application/json", "body": "{\n  \"name\": \"张三\",\n  \"n\": 1\n}",
      "algorithm": "hmac-sha256"}),
    ("form-with-charset-and-plus", "Form type with a charset parameter; + decodes to a space",
     {"method": "POST", "url": "https://svc.apigw.tencentcs.com/test/form?q=a+b&q=a",
      "contentType": "application/x-www-form-urlencoded; charset=UTF-8",
      "body": "z=%E4%B8%AD&empty=&m=1+2"}),
    ("keys-outside-the-bmp", "A key outside the BMP sorts after U+FF5A in byte order",
     {"method": "GET", "url": "https://svc.apigw.tencentcs.com/s?%F0%9F%98%80=1&%EF%BD%9A=2&a=3"}),
    ("headers-with-case-and-spaces", "Extra signed headers: names lower-cased and sorted, values trimmed",
     {"method": "PATCH", "url": "https://svc.apigw.tencentcs.com/release",
      "contentType": "text/plain", "body": "x",
      "signedHeaders": [["X-Trace-Id", "  abc 123\t"], ["Source", "cli"], ["a-first", "1"]]}),
    ("stage-kept-raw-values", "Stage kept and values signed as sent (two variants at once)",
     {"method": "GET", "url": "https://svc.apigw.tencentcs.com/release/p%20q?b=%2F&a=x%3Dy",
      "options": {"stripStage": False, "values": "raw"}}),
    ("head-no-accept", "HEAD with no Accept and the path /testing, which is not a stage",
     {"method": "HEAD", "url": "https://svc.apigw.tencentcs.com/testing", "accept": ""}),
]


def main():
    cases = []
    for name, description, fields in REQUESTS:
        request = {**BASE, **fields}
        if "signedHeaders" not in request:
            request["signedHeaders"] = []
        cases.append({"name": name, "description": description, "request": request,
                      "expected": sign(request)})
    about = ("Further app-auth vectors; expected values computed by test/reference/sign_reference.py, "
             "an implementation of the spec written apart from the TypeScript core.")
    print(json.dumps({"about": about, "appAuth": cases}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
