# The report worker, built from the web image. Kept separate because it needs LibreOffice.
FROM ledgerly/web:1.8
USER root
RUN apk add --no-cache libreoffice-writer
# SW102: single quotes are not JSON; Docker falls back to shell form and records the path `[/srv/reports]`.
VOLUME ['/srv/reports']
# SW105: a relative VOLUME path.
VOLUME tmp/render
# SW106: REPORT_CACHE is defined by no ARG or ENV, so this becomes an empty path at build time.
VOLUME ${REPORT_CACHE}/fonts
USER node
CMD ["node", "worker.js"]
