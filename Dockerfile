# The CCM assistance intake: SMTP on 2525, health and metrics on 8025, the store on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system --gid 10001 intake \
    && useradd --system --uid 10001 --gid intake --home-dir /var/lib/intake \
       --shell /usr/sbin/nologin intake \
    && install -d -o intake -g intake -m 0750 /var/lib/intake

WORKDIR /srv/intake
COPY pyproject.toml README.md ./
COPY intake ./intake
RUN pip install . && rm -rf build ./*.egg-info
# The shipped rules and templates; docker-compose.yml bind-mounts the admins' copies over them.
COPY routing_rules ./routing_rules
COPY templates ./templates

ENV INTAKE_SMTP__LISTEN=0.0.0.0:2525 \
    INTAKE_HTTP__LISTEN=0.0.0.0:8025 \
    INTAKE_STORE__PATH=/var/lib/intake/intake.sqlite3 \
    INTAKE_DELIVERY__RELAY=maildir:/var/lib/intake/outbox \
    INTAKE_RULES__DIR=/srv/intake/routing_rules \
    INTAKE_TEMPLATES__DIR=/srv/intake/templates

USER intake
VOLUME ["/var/lib/intake"]
EXPOSE 2525 8025
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8025/readyz', timeout=4)"]
STOPSIGNAL SIGTERM
CMD ["intake", "serve"]
