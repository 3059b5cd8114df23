# A slim image that runs the bot on the platforms whose tokens are set.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    AMBASSADE_HOME=/data

RUN useradd --create-home --uid 10001 ambassade \
    && mkdir -p /data && chown ambassade:ambassade /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY skills ./skills
COPY knowledge ./knowledge
COPY prompts ./prompts
RUN pip install .

USER ambassade
VOLUME ["/data"]
ENTRYPOINT ["ambassade"]
CMD ["run"]
