"""Settings of a minimal Django site that engages customers through Elarian.

Only what the example needs: no database, no admin. ``ELARIAN`` configures the
client the ``engagement`` app connects when Django starts.
"""

from __future__ import annotations

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "example-only-not-secret")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
INSTALLED_APPS = ["engagement"]
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "elarian_site.urls"
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True

ELARIAN = {
    "org_id": os.environ.get("ELARIAN_ORG_ID", "el_org_eu_1SJ2jx"),
    "app_id": os.environ.get("ELARIAN_APP_ID", "el_app_WZFQdt"),
    "api_key": os.environ.get(
        "ELARIAN_API_KEY", "el_k_test_80922f5e467e9d5e8067795c263ba0e43c6ef6de7ffa1923aaa189d2772042be"
    ),
    "url": os.environ.get("ELARIAN_URL"),  # None: ws://127.0.0.1:8080
}
# The secret of the runtime's outbound connector that points at /hooks/elarian ("whsec_...").
ELARIAN_WEBHOOK_SECRET = os.environ.get("ELARIAN_WEBHOOK_SECRET", "")
