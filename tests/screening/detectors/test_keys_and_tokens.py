"""Keys and tokens with documented formats (secret.*). Every value below is random or a
published documentation example; none is a working credential."""

from __future__ import annotations

import pytest

from tocsin import Engine
from tocsin.screening.detectors.secrets.keys_and_tokens import KeysAndTokens

DETECTOR = "keys_and_tokens"
GHP = "ghp_xcyBMgaWPPyOWF74MguQG3JSr3lpxGut6VkY"
JWT = (
    "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJuYW1lIjogIkplYW4iL"
    "CAiaWF0IjogMTc2NzIyNTYwMH0.7FzI2NI-IuVbtJUbufuezwIRXAh3jOEEOWFVRRh1TlF"
)
PEM_BODY = (
    "MIIEowIBAAKCAQEA9XCHro40KQ/i6Nh4K0jxGdqH0Tz0IpZkWxcnWSlJUjjNPQ0p\n"
    "zt9KU+602rOD41Xokg1XPR7+K4nUUy9n1wFPLeoIoevzVoK2U3CH7FNdjIlq/9Ck\n"
    "5SZuTMARHTk76hlls9PTVLL1yOv5H2tL0sUZdZgwy5JV70kQbkKr3H8P8vTVxewx\n"
)
PEM = f"-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}-----END RSA PRIVATE KEY-----"
AZURE_KEY = (
    "r4cXeU7DpGDBaFXx6sDYZfyXI8q6keblhnInXpYsPQQgd/1OWUyTC+BbE88rijjE2FdKmpSx5b+p7CXJ4rcChl=="
)
SAS = (
    "https://lumiodata.blob.core.windows.net/exports/clients.csv?sv=2024-11-04&ss=b&srt=o&sp=r"
    "&se=2026-12-31T23:59:59Z&sig=Z7wltnJLXNxGu5sI2hLSZcPE0Dso6D0T8vQqyZ1sazu%3D"
)
SLACK_HOOK = "hooks.slack.com/services/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"
ANTHROPIC = (
    "sk-ant-api03-dfs_MfmHz7hVj5xJJsAIofZ6k0VHbL3_UjFBqvTEQNcwX7UQuY-rVG7oZO79ZlUIvFxI5OKfZvGJuv"
    "Nl7UReACOxBKvysAA"
)
FINE_GRAINED = (
    "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"
)
MAILCHIMP = "ab415e3e2fa51dee3b0843c595afc59e-us21"
TELEGRAM = "7037910124:AAwMtkl3c7JbUfYq1EP0sBkjfLODgFosOO4"
SENDGRID = "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"
PYPI = (
    "pypi-AgEIcHlwaS5vcmcrIjpXxvBTgjT3px4q1eZGj9dZhtPYuAgupGAT3Ub4vjYnM1qYvAOgp13rvY58PCzF75Nw4dL"
    "_OckGarWueoM6FoLlaCRX4N51EEOxfcKFuv_m-75O28uW7lY"
)
DISCORD = "MTM5OTAyNjEyNjAxNDUyMjM2OA._WmKhG.idWYs_tSjeUWdnfeDGNkLOLtMRI8X8029cjFbZ"
DISCORD_HOOK = (
    "discord.com/api/webhooks/1058097191208342816/"
    "KU5C0haUddq-n8BtDjg_Mi3EyYVRL4VQakXnD8KTLH1e0baHb0jqodWTI4jFi5zoUHw2"
)
MAPBOX_PAYLOAD = "eyJ1IjoibHVtaW8tb3BzIiwiYSI6ImN4YTY3Ymd4c3d3bXRidXF6NHQweW95bGEifQ"
TWITTER = (
    "AAAAAAAAAAAAAAAAAAAAAAubexqJdi72zlHsIHWKxn%2BGE5peebvnF67MUsStvTh9x2i0y9ORQ%3DjUxTcix3w1EGHW2m"
    "JMe2jIoZ1g8ii8c9h6g8wi4l"
)
DIGITALOCEAN = "dop_v1_79c3f5dba9fb73d1e26c1ff5608a7268506020ad9ad2fc37116ddae5e6f3e41d"
SQUARE = "EAAAQpGKRKOTBRYGttW2WfiQqYkghZZz5pNJ8wlP0ThY7ILDEL6y4eWBhcNt0pqa"

MATCH = [
    # (text, kind, evidence at the span, masked excerpt, severity)
    ("Clé AWS pour le script : AKIAB3SKCZTKMBF6JDPY", "secret.aws_access_key",
     "AKIAB3SKCZTKMBF6JDPY", "AKIA…JDPY", "critical"),
    ("temp creds ASIAF3ADP4AP7ZDB3A7S (expire ce soir)", "secret.aws_access_key",
     "ASIAF3ADP4AP7ZDB3A7S", "ASIA…3A7S", "critical"),
    ("aws_secret_access_key = cBfS83Cedu3QlYJJJbgIQrBc5O+x2A7CzMp1GAaw", "secret.aws_secret_key",
     "cBfS83Cedu3QlYJJJbgIQrBc5O+x2A7CzMp1GAaw", "…GAaw", "critical"),
    ("La clé secrète AWS : cBfS83Cedu3QlYJJJbgIQrBc5O+x2A7CzMp1GAaw", "secret.aws_secret_key",
     "cBfS83Cedu3QlYJJJbgIQrBc5O+x2A7CzMp1GAaw", "…GAaw", "critical"),
    ("Maps key: AIzaTCEe6OQxLdU_ZOxyR2MwqIZu29XoqgHXN7R", "secret.gcp_api_key",
     "AIzaTCEe6OQxLdU_ZOxyR2MwqIZu29XoqgHXN7R", "AIza…XN7R", "critical"),
    ('{"type": "service_account", "private_key_id": "89998e9ad40144eae588d4bdddec505790e70ffd"}',
     "secret.gcp_service_account", "89998e9ad40144eae588d4bdddec505790e70ffd", "…0ffd",
     "critical"),
    (f"DefaultEndpointsProtocol=https;AccountName=lumiodata;AccountKey={AZURE_KEY};"
     "EndpointSuffix=core.windows.net", "secret.azure_connection_string",
     f"AccountKey={AZURE_KEY}", "AccountKey=…hl==", "critical"),
    (f"Le fichier est là : {SAS}", "secret.azure_sas_token",
     "sig=Z7wltnJLXNxGu5sI2hLSZcPE0Dso6D0T8vQqyZ1sazu%3D", "sig=…u%3D", "critical"),
    (f"new token {GHP} for the CI", "secret.github_token", GHP, "ghp_…6VkY", "critical"),
    ("OAuth: gho_i3EU5qFWjxOlHCsHO4b8gjmbX5BSDbnQXlVT.", "secret.github_token",
     "gho_i3EU5qFWjxOlHCsHO4b8gjmbX5BSDbnQXlVT", "gho_…XlVT", "critical"),
    (f"pat: {FINE_GRAINED}", "secret.github_token", FINE_GRAINED, "github_pat_…1JYT", "critical"),
    ("GitLab glpat-mUxYkHrq-FmNGwDBq7Qh pour le déploiement", "secret.gitlab_token",
     "glpat-mUxYkHrq-FmNGwDBq7Qh", "glpat-…q7Qh", "critical"),
    ("bot token xoxb-443996436639-0096505036359-J0Zx6maUhHTz9SvKRidQZhUs", "secret.slack_token",
     "xoxb-443996436639-0096505036359-J0Zx6maUhHTz9SvKRidQZhUs", "xoxb-…ZhUs", "critical"),
    (f"Webhook : https://{SLACK_HOOK}", "secret.slack_webhook", SLACK_HOOK,
     "hooks.slack.com/services/…IbgA", "critical"),
    ("Stripe prod: sk_live_Ezrm8PqBCB64fohOtqxBnkv5", "secret.stripe_key",
     "sk_live_Ezrm8PqBCB64fohOtqxBnkv5", "sk_live_…nkv5", "critical"),
    ("clé restreinte rk_live_CAnpI2PE22p8WZr7Se0AlSj2", "secret.stripe_key",
     "rk_live_CAnpI2PE22p8WZr7Se0AlSj2", "rk_live_…lSj2", "critical"),
    ("test key sk_test_L2JCNwzDf5otWhWfS27wdenJ", "secret.stripe_key",
     "sk_test_L2JCNwzDf5otWhWfS27wdenJ", "sk_test_…denJ", "medium"),
    (f"ANTHROPIC_API_KEY={ANTHROPIC}", "secret.anthropic_key", ANTHROPIC, "sk-ant-…ysAA",
     "critical"),
    ("OPENAI_API_KEY=sk-proj-ZzvXLNaJrgBHufSBsBfpa141X1WkgxuEFqLNZ-7RSttQWkWa",
     "secret.openai_key", "sk-proj-ZzvXLNaJrgBHufSBsBfpa141X1WkgxuEFqLNZ-7RSttQWkWa",
     "sk-proj-…WkWa", "critical"),
    ("ma clé : sk-feiKlV00AcDmLJQCmcwZb2oh6Pqw7nfbQfpzdWbELg9qAD0P", "secret.openai_key",
     "sk-feiKlV00AcDmLJQCmcwZb2oh6Pqw7nfbQfpzdWbELg9qAD0P", "sk-…AD0P", "critical"),
    (f"Authorization: Bearer {JWT}", "secret.jwt", JWT, "eyJ…1TlF", "critical"),
    (f"Voici la clé du serveur :\n{PEM}\nmerci", "secret.private_key", PEM,
     "-----BEGIN RSA PRIVATE KEY-----…", "critical"),
    (f'{{"private_key": "-----BEGIN PRIVATE KEY-----\\n{PEM_BODY[:64]}\\n..."}}',
     "secret.private_key", f"-----BEGIN PRIVATE KEY-----\\n{PEM_BODY[:40]}",
     "-----BEGIN PRIVATE KEY-----…", "critical"),
    ("base : postgres://app:Lum10-Prod!@db01.lumio.com:5432/ventes", "secret.basic_auth_url",
     "postgres://app:Lum10-Prod!@db01.lumio.com", "postgres://a****:****@db01.lumio.com",
     "critical"),
    ("Try https://jdupont:Soleil2026@ftp.partner.fr/exports", "secret.basic_auth_url",
     "https://jdupont:Soleil2026@ftp.partner.fr", "https://j****:****@ftp.partner.fr",
     "critical"),
    # more providers, by their documented formats
    (f"MAILCHIMP_API_KEY={MAILCHIMP}", "secret.mailchimp_key", MAILCHIMP, "…us21", "critical"),
    (f"Clé Mailchimp pour la newsletter : {MAILCHIMP}", "secret.mailchimp_key", MAILCHIMP,
     "…us21", "critical"),
    (f"Le bot Telegram du SAV : {TELEGRAM}", "secret.telegram_bot_token", TELEGRAM, "…sOO4",
     "critical"),
    (f"SENDGRID_API_KEY={SENDGRID}", "secret.sendgrid_key", SENDGRID, "SG.…Hq31", "critical"),
    ("Twilio API key: SK7c81248122463442a4da9b701b4abc86", "secret.twilio_key",
     "SK7c81248122463442a4da9b701b4abc86", "SK…bc86", "critical"),
    ("Compte Twilio AC7fcecdd1e2396481fa7b35574b1162fa pour les SMS", "secret.twilio_key",
     "AC7fcecdd1e2396481fa7b35574b1162fa", "AC…62fa", "medium"),
    ("//registry.npmjs.org/:_authToken=npm_jCM6e3eWr4BVkfBJ6w0ShWtgMKvaMEci95eX",
     "secret.npm_token", "npm_jCM6e3eWr4BVkfBJ6w0ShWtgMKvaMEci95eX", "npm_…95eX", "critical"),
    (f"TWINE_PASSWORD={PYPI}", "secret.pypi_token", PYPI, "pypi-…W7lY", "critical"),
    (f"Le token du bot Discord : {DISCORD}", "secret.discord_token", DISCORD, "…jFbZ",
     "critical"),
    (f"Alerts go to https://{DISCORD_HOOK}", "secret.discord_webhook", DISCORD_HOOK,
     "discord.com/api/webhooks/…UHw2", "critical"),
    ("STRIPE_WEBHOOK_SECRET=whsec_lXEVqwKdt6GJ87QJPhoCa4RkbzjeQHOS", "secret.stripe_key",
     "whsec_lXEVqwKdt6GJ87QJPhoCa4RkbzjeQHOS", "whsec_…QHOS", "critical"),
    ("Token admin Shopify : 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", "secret.shopify_token",
     "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", "shpat_…1ec3", "critical"),
    ("HF_TOKEN=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", "secret.huggingface_token",
     "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", "hf_…HluR", "critical"),
    (f"doctl auth init -t {DIGITALOCEAN}", "secret.digitalocean_token", DIGITALOCEAN,
     "dop_v1_…e41d", "critical"),
    (f"Jeton Square de prod : {SQUARE}", "secret.square_token", SQUARE, "EAAA…0pqa", "critical"),
    ("Square app secret sq0csp-h4NwZuj6x9LXu8StfudzTTrJ_Y6TluAAHivGwY3w_60", "secret.square_token",
     "sq0csp-h4NwZuj6x9LXu8StfudzTTrJ_Y6TluAAHivGwY3w_60", "sq0csp-…w_60", "critical"),
    (f"mapboxgl.accessToken = 'sk.{MAPBOX_PAYLOAD}.u3nCji2MbYhNv0vcfBQdIn';",
     "secret.mapbox_token", f"sk.{MAPBOX_PAYLOAD}.u3nCji2MbYhNv0vcfBQdIn", "sk.…QdIn",
     "critical"),
    (f"Carte des magasins : pk.{MAPBOX_PAYLOAD}.A8pont286Xlel-1lAemZaC", "secret.mapbox_token",
     f"pk.{MAPBOX_PAYLOAD}.A8pont286Xlel-1lAemZaC", "pk.…mZaC", "low"),
    (f"Authorization: Bearer {TWITTER}", "secret.twitter_bearer_token", TWITTER,
     "AAAAAAAAAAAAAAAAAAAAAA…wi4l", "critical"),
    # hidden from scanners: zero-width characters inside, full-width letters
    ("token: ghp_la6MkXpsaC\u200boKaEF7UV2PUBKi\u200bCUbyMJ2xzCHC (split for the scanner)",
     "secret.github_token", "ghp_la6MkXpsaC\u200boKaEF7UV2PUBKi\u200bCUbyMJ2xzCHC", "ghp_…zCHC",
     "critical"),
    ("Clé du bucket : ＡＫＩＡＣＸ５ＯＨＱＯＮＡＰＹＬ５ＪＯＺ", "secret.aws_access_key",
     "ＡＫＩＡＣＸ５ＯＨＱＯＮＡＰＹＬ５ＪＯＺ", "AKIA…5JOZ", "critical"),
    # documented examples: reported low, explained as such
    ("Exemple de la doc AWS : AKIAIOSFODNN7EXAMPLE", "secret.aws_access_key",
     "AKIAIOSFODNN7EXAMPLE", "AKIA…MPLE", "low"),
    ("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret.aws_secret_key",
     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "…EKEY", "low"),
    ("DATABASE_URL=postgres://admin:S3cr3t-2026@db.example.com/app", "secret.basic_auth_url",
     "postgres://admin:S3cr3t-2026@db.example.com", "postgres://a****:****@db.example.com",
     "low"),
]

NO_MATCH = [
    "Nos clés AWS sont stockées dans un coffre, jamais dans le code.",
    "Use your token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",  # placeholder
    "export OPENAI_API_KEY=sk-0123456789abcdefghijklmnopqrstuvwxyzABCD",  # ascending filler
    "Format : AKIA suivi de 16 caractères",
    "AKIAB3SKCZTKMBF6JDPYX is too long to be a key id",
    "Your private key file starts with -----BEGIN PRIVATE KEY----- and must stay secret.",
    "connectez-vous sur https://user:password@host.example.com (remplacez user et password)",
    "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app",
    "Méfiez-vous de https://lumio.com:443@login-lumio.ru",  # a lure, not a password
    "The task-force meets daily; risk-free and desk-top",
    "Nouvelle collection sk_summer_2026 en boutique",
    "eyJ is how a JSON object starts in base64",
    "eyJhbGciOiJIUzI1NiJ9.notjson.c2lnbmF0dXJlc2lnbmF0dXJl",
    "Azure SAS doc: ?sig=<signature>&sv=2024-11-04",
    "See https://www.instagram.com/@lumio and https://mastodon.social/@lumio",
    "Les webhooks Slack se créent sur https://api.slack.com/messaging/webhooks",
    "pk_live_ keys are publishable: pk_live_51Hx8LumioPublishableKey000",
    "AccountKey=YOUR_ACCOUNT_KEY dans la chaîne de connexion",
    # near misses of the newer formats: placeholders, docs, names of the tools
    "Exemple : MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21",
    "Docs: https://learn.microsoft.com/en-us/azure/storage et https://mailchimp.com/en-us/",
    "Notre datacenter us21 héberge la newsletter, clé au format <key>-us21",
    "Rendez-vous à 10:AM pour la démo Telegram, bot @lumio_bot",
    "Bienvenue sur SG.Lumio.com — SG.mail est notre relais.",
    "SK Telecom et AC/DC partagent la scène ; ACDC1234 n'est pas un SID.",
    "npm_config_cache=/tmp/npm et npm_package_version=2.3.0",
    "pip install pypi-simple ; token de test pypi-AgE… à générer sur pypi.org",
    "La doc Discord : https://discord.com/api/webhooks/{webhook.id}/{webhook.token}",
    "Join our Discord server: https://discord.gg/lumio",
    "MONTANT TOTAL : MTN.OD.NT — NOTE INTERNE",
    "STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "export SHOPIFY_TOKEN=shpat_<your-token> puis relancez",
    'model = hf_hub_download(repo_id="lumio/scenes"); self.hf_model_name_or_path = path',
    "Set DIGITALOCEAN_TOKEN=dop_v1_your_token_here before running terraform",
    "EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "mapboxgl.accessToken = 'pk.<your-public-token>'; la carte est sur lumio.fr/magasins",
    "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "We integrate with Shopify, Mailchimp, SendGrid, Twilio, Square and Mapbox.",
]


def _mine(engine: Engine, text: str):  # type: ignore[no-untyped-def]
    return [f for f in engine.screen_text(text).findings if f.detector == DETECTOR]


@pytest.mark.parametrize(("text", "kind", "evidence", "excerpt", "severity"), MATCH)
def test_match(
    engine: Engine, text: str, kind: str, evidence: str, excerpt: str, severity: str
) -> None:
    found = _mine(engine, text)
    assert len(found) == 1, found
    f = found[0]
    assert f.kind == kind
    assert text[f.start : f.end] == evidence
    assert f.excerpt == excerpt
    assert f.severity == severity
    assert f.category == "data_leak"
    assert f.matched == f.excerpt  # the raw secret is not stored either


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_match(engine: Engine, text: str) -> None:
    assert _mine(engine, text) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", "Ne le publiez pas ; révoquez-le"), ("en", "revoke or rotate it now")],
)
def test_the_secret_never_appears_in_the_explanation(
    lumio_profile, lang: str, words: str  # type: ignore[no-untyped-def]
) -> None:
    engine = Engine(lumio_profile, detectors=[KeysAndTokens], lang=lang)
    result = engine.screen_text(f"token {GHP}")
    assert result.decision == "block"
    f = result.findings[0]
    assert words in f.explanation
    assert GHP not in f.explanation and GHP[4:] not in f.excerpt
    assert "keys_and_tokens 1.0" in f.explanation


def test_documented_example_is_explained_and_allowed(lumio_profile) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(lumio_profile, detectors=[KeysAndTokens], lang="en")
    result = engine.screen_text("AKIAIOSFODNN7EXAMPLE")
    assert result.decision == "allow"
    assert "example value published in the provider's documentation" in (
        result.findings[0].explanation
    )


def test_an_access_key_id_gives_context_to_the_secret_after_it(engine: Engine) -> None:
    text = "voici la clé : AKIAB3SKCZTKMBF6JDPY / cBfS83Cedu3QlYJJJbgIQrBc5O+x2A7CzMp1GAaw"
    kinds = {f.kind: text[f.start : f.end] for f in _mine(engine, text)}
    assert kinds == {
        "secret.aws_access_key": "AKIAB3SKCZTKMBF6JDPY",
        "secret.aws_secret_key": "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",
    }
    # the generic detector does not report the same secret again
    assert [f for f in engine.screen_text(text).findings if f.kind == "secret.high_entropy"] == []


def test_several_tokens_in_one_post(engine: Engine) -> None:
    text = f"CI: {GHP}\nStripe: sk_live_Ezrm8PqBCB64fohOtqxBnkv5\nAWS: AKIAB3SKCZTKMBF6JDPY"
    kinds = sorted(f.kind for f in _mine(engine, text))
    assert kinds == ["secret.aws_access_key", "secret.github_token", "secret.stripe_key"]


@pytest.mark.parametrize(
    "text",
    [
        "ghp_" * 250_000,
        "AKIA" + "A" * 1_000_000,
        "eyJ" + "a" * 500_000 + "." + "eyJ" + "b" * 500_000,
        "https://" + "a:" * 500_000 + "@",
        "aws " * 250_000,
        "-----BEGIN RSA PRIVATE KEY-----\n" + "A" * 1_000_000,
        "sig=" * 250_000,
        "A" * 1_000_000,
        ("a" * 32 + "-us1 ") * 27_000,
        "1234567:A" * 110_000,
        "MT" * 500_000,
        "MTM5OTAyNjEyNjAxNDUyMjM2OA._WmKhG." * 30_000,
        "sk.eyJ" * 160_000,
        "discord.com/api/webhooks/" * 40_000,
    ],
)
def test_megabyte_adversarial_input_finishes(text: str) -> None:
    engine = Engine(None, detectors=[KeysAndTokens])
    engine.screen_text(text)  # no timing assertion: it must simply finish


@pytest.mark.parametrize(
    "text",
    [f"api key: {MAILCHIMP}", f"bot token: {TELEGRAM}", f"discord token = {DISCORD}"],
)
def test_a_token_with_a_lead_is_reported_once(engine: Engine, text: str) -> None:
    # the format starts before its documented literal ("-us21", ":A"): the whole token is one
    # finding, and the generic detector does not report it again
    kinds = [f.kind for f in engine.screen_text(text).findings if f.category == "data_leak"]
    assert len(kinds) == 1 and kinds[0] != "secret.high_entropy", kinds
