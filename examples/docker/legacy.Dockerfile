# The old single-container image, still built for one customer's on-premises install.
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends postgresql nodejs && rm -rf /var/lib/apt/lists/*
# SW103: the trailing comma makes this invalid JSON, so Docker reads the whole line as shell-form paths.
VOLUME ["/var/lib/postgresql", "/srv/uploads",]
# SW104: a Dockerfile cannot bind a host folder; this declares a volume at a path named `/srv/backups:/backups`.
VOLUME /srv/backups:/backups
CMD ["/usr/local/bin/start.sh"]
