import type { ImageVolumeEntry } from './table';

// The VOLUME paths of widely used images, each read from the image's published Dockerfile (the source
// names the repository and file, and the versions it was checked for). Images that declare none are
// listed too where people commonly expect one, so "none" is an answer rather than a gap. A source that
// says "not verified" was kept only because the image is a required one; it says why.

const ALL = { latest: true } as const;

export const OFFICIAL_IMAGES: readonly ImageVolumeEntry[] = [
  {
    repositories: ['postgres', 'postgis/postgis'],
    variants: [
      {
        tags: { toMajor: 17 },
        volumes: ['/var/lib/postgresql/data'],
        dataPath: '/var/lib/postgresql/data',
        source: 'docker-library/postgres 16/bookworm/Dockerfile: ENV PGDATA /var/lib/postgresql/data, VOLUME /var/lib/postgresql/data (postgres 9.x-17)',
      },
      {
        tags: { fromMajor: 18, latest: true },
        volumes: ['/var/lib/postgresql'],
        dataPath: '/var/lib/postgresql',
        source: 'docker-library/postgres 18/trixie/Dockerfile: ENV PGDATA /var/lib/postgresql/18/docker, VOLUME /var/lib/postgresql (postgres 18+)',
      },
    ],
  },
  {
    repositories: ['mysql'],
    variants: [{ tags: ALL, volumes: ['/var/lib/mysql'], dataPath: '/var/lib/mysql', source: 'docker-library/mysql template/Dockerfile.oracle and 8.0/Dockerfile.debian: VOLUME /var/lib/mysql (5.7-9.x)' }],
  },
  {
    repositories: ['mariadb'],
    variants: [{ tags: ALL, volumes: ['/var/lib/mysql'], dataPath: '/var/lib/mysql', source: 'docker-library/mariadb Dockerfile.template: VOLUME /var/lib/mysql (10.x-11.x)' }],
  },
  {
    repositories: ['percona'],
    variants: [{ tags: { fromMajor: 8, toMajor: 8 }, volumes: ['/var/lib/mysql', '/var/log/mysql'], dataPath: '/var/lib/mysql', source: 'percona/percona-docker percona-server-8.0/Dockerfile-dockerhub: VOLUME ["/var/lib/mysql", "/var/log/mysql"] (checked for 8.0 only)' }],
  },
  {
    repositories: ['mongo'],
    variants: [{ tags: ALL, volumes: ['/data/db', '/data/configdb'], dataPath: '/data/db', source: 'docker-library/mongo 4.4/Dockerfile (and later): VOLUME /data/db /data/configdb (3.x-8.x)' }],
  },
  {
    repositories: ['redis'],
    variants: [{ tags: ALL, volumes: ['/data'], dataPath: '/data', source: 'redis/docker-library-redis 7.4/alpine/Dockerfile: VOLUME /data, WORKDIR /data (checked for 7.4.3)' }],
  },
  {
    repositories: ['elasticsearch', 'docker.elastic.co/elasticsearch/elasticsearch'],
    variants: [
      {
        tags: ALL,
        volumes: [],
        dataPath: '/usr/share/elasticsearch/data',
        source: 'elastic/dockerfiles elasticsearch/Dockerfile: no VOLUME; data in /usr/share/elasticsearch/data (checked for 8.15.5)',
      },
    ],
  },
  {
    repositories: ['rabbitmq'],
    variants: [{ tags: ALL, volumes: ['/var/lib/rabbitmq'], dataPath: '/var/lib/rabbitmq', source: 'docker-library/rabbitmq 3.13/ubuntu/Dockerfile: ENV RABBITMQ_DATA_DIR=/var/lib/rabbitmq, VOLUME $RABBITMQ_DATA_DIR (checked for 3.13.7)' }],
  },
  {
    repositories: ['influxdb'],
    variants: [
      { tags: { toMajor: 1 }, volumes: ['/var/lib/influxdb'], dataPath: '/var/lib/influxdb', source: 'influxdata/influxdata-docker influxdb/1.11/Dockerfile: VOLUME /var/lib/influxdb (checked for 1.11.7)' },
      {
        tags: { fromMajor: 2, toMajor: 2, latest: true },
        volumes: ['/var/lib/influxdb2', '/etc/influxdb2'],
        dataPath: '/var/lib/influxdb2',
        source: 'influxdata/influxdata-docker influxdb/2.7/Dockerfile: VOLUME /var/lib/influxdb2 /etc/influxdb2 (checked for 2.7.12; 2.x was latest then)',
      },
    ],
  },
  {
    repositories: ['cassandra'],
    variants: [{ tags: ALL, volumes: ['/var/lib/cassandra'], dataPath: '/var/lib/cassandra', source: 'docker-library/cassandra 4.1/Dockerfile: VOLUME /var/lib/cassandra (checked for 4.1.0)' }],
  },
  {
    repositories: ['couchdb'],
    variants: [{ tags: ALL, volumes: ['/opt/couchdb/data'], dataPath: '/opt/couchdb/data', source: 'apache/couchdb-docker 3.3.3/Dockerfile: VOLUME /opt/couchdb/data (checked for 3.3.3)' }],
  },
  {
    repositories: ['neo4j'],
    variants: [{ tags: ALL, volumes: ['/data', '/logs'], dataPath: '/data', source: 'neo4j/docker-neo4j-publish 5.26.0/bullseye/community/Dockerfile: VOLUME /data /logs (checked for 5.26.0 community)' }],
  },
  {
    repositories: ['clickhouse/clickhouse-server', 'clickhouse'],
    variants: [{ tags: ALL, volumes: ['/var/lib/clickhouse'], dataPath: '/var/lib/clickhouse', source: 'ClickHouse/ClickHouse docker/server/Dockerfile.ubuntu: VOLUME /var/lib/clickhouse (checked on the file at commit 001409c)' }],
  },
  {
    repositories: ['arangodb'],
    variants: [{ tags: ALL, volumes: ['/var/lib/arangodb3', '/var/lib/arangodb3-apps'], dataPath: '/var/lib/arangodb3', source: 'arangodb/arangodb-docker alpine/3.12.5/Dockerfile: VOLUME ["/var/lib/arangodb3", "/var/lib/arangodb3-apps"] (checked for 3.12.5)' }],
  },
  {
    repositories: ['couchbase'],
    variants: [{ tags: ALL, volumes: ['/opt/couchbase/var'], dataPath: '/opt/couchbase/var', source: 'couchbase/docker enterprise/couchbase-server/7.6.2/Dockerfile: VOLUME /opt/couchbase/var (checked for 7.6.2)' }],
  },
  {
    repositories: ['registry'],
    variants: [{ tags: ALL, volumes: ['/var/lib/registry'], source: 'distribution/distribution-library-image Dockerfile: VOLUME ["/var/lib/registry"] (checked for 2.8.0-beta.1)' }],
  },
  {
    repositories: ['nextcloud'],
    variants: [{ tags: ALL, volumes: ['/var/www/html'], source: 'nextcloud/docker 31/apache/Dockerfile: VOLUME /var/www/html (checked for 31.0.5 apache)' }],
  },
  {
    repositories: ['wordpress'],
    variants: [{ tags: ALL, volumes: ['/var/www/html'], source: 'docker-library/wordpress beta/php8.3/apache/Dockerfile: VOLUME /var/www/html (checked for the 7.0-beta5 php8.3 apache build)' }],
  },
  {
    repositories: ['joomla'],
    variants: [{ tags: ALL, volumes: ['/var/www/html'], source: 'joomla-docker/docker-joomla 5.3/php8.3/apache/Dockerfile: VOLUME /var/www/html (checked for 5.3.2)' }],
  },
  {
    repositories: ['drupal'],
    variants: [{ tags: ALL, volumes: [], source: 'docker-library/drupal 11.1/php8.4/apache-bookworm/Dockerfile: no VOLUME; /var/www/html links to /opt/drupal/web (checked for 11.1.2)' }],
  },
  {
    repositories: ['ghost'],
    variants: [{ tags: ALL, volumes: ['/var/lib/ghost/content'], source: 'docker-library/ghost 5/debian/Dockerfile: ENV GHOST_CONTENT /var/lib/ghost/content, VOLUME $GHOST_CONTENT (checked for 5.22.1)' }],
  },
  {
    repositories: ['jenkins/jenkins'],
    variants: [{ tags: ALL, volumes: ['/var/jenkins_home'], source: 'jenkinsci/docker debian/bookworm/hotspot/Dockerfile: ARG JENKINS_HOME=/var/jenkins_home, VOLUME $JENKINS_HOME (checked for 2.479)' }],
  },
  {
    repositories: ['sonarqube'],
    variants: [
      {
        tags: ALL,
        volumes: ['/opt/sonarqube/data', '/opt/sonarqube/extensions', '/opt/sonarqube/logs', '/opt/sonarqube/temp'],
        source: 'SonarSource/docker-sonarqube community-build/Dockerfile: ENV SQ_DATA_DIR=/opt/sonarqube/data (and extensions, logs, temp), VOLUME ["${SQ_DATA_DIR}", "${SQ_EXTENSIONS_DIR}", "${SQ_LOGS_DIR}", "${SQ_TEMP_DIR}"] (checked for 24.12.0)',
      },
    ],
  },
  {
    repositories: ['minio/minio', 'quay.io/minio/minio'],
    variants: [{ tags: ALL, volumes: ['/data'], source: 'minio/minio Dockerfile.release: VOLUME ["/data"] (RELEASE.* tags)' }],
  },
  {
    repositories: ['portainer/portainer-ce', 'portainer/portainer-ee', 'portainer/portainer'],
    variants: [{ tags: ALL, volumes: ['/data'], source: 'portainer/portainer build/linux/Dockerfile: VOLUME /data (2.x)' }],
  },
  {
    repositories: ['gitlab/gitlab-ce', 'gitlab/gitlab-ee'],
    variants: [{ tags: ALL, volumes: ['/etc/gitlab', '/var/opt/gitlab', '/var/log/gitlab'], source: 'gitlabhq/omnibus-gitlab docker/Dockerfile: VOLUME ["/etc/gitlab", "/var/opt/gitlab", "/var/log/gitlab"] (checked on the ubuntu:16.04-based file)' }],
  },
  {
    repositories: ['sonatype/nexus3'],
    variants: [{ tags: ALL, volumes: ['/nexus-data'], source: 'sonatype/docker-nexus3 Dockerfile: ENV NEXUS_DATA /nexus-data, VOLUME ${NEXUS_DATA} (checked for 3.0.2-02)' }],
  },
  {
    repositories: ['prom/prometheus'],
    variants: [{ tags: ALL, volumes: ['/prometheus'], source: 'prometheus/prometheus Dockerfile: VOLUME [ "/prometheus" ] (checked on a 1.x-era file, -storage.local.path=/prometheus)' }],
  },
  {
    repositories: ['solr'],
    variants: [{ tags: ALL, volumes: ['/var/solr'], source: 'apache/solr-docker 9.6/Dockerfile: VOLUME /var/solr, SOLR_HOME=/var/solr/data (checked for 9.6)' }],
  },
  {
    repositories: ['eclipse-mosquitto'],
    variants: [{ tags: ALL, volumes: ['/mosquitto/data', '/mosquitto/log'], source: 'eclipse/mosquitto docker/2.0/Dockerfile: VOLUME ["/mosquitto/data", "/mosquitto/log"] (2.0.x)' }],
  },
  {
    repositories: ['zookeeper'],
    variants: [{ tags: ALL, volumes: ['/data', '/datalog', '/logs'], source: '31z4/zookeeper-docker 3.9.2/Dockerfile: ENV ZOO_DATA_DIR=/data ZOO_DATA_LOG_DIR=/datalog ZOO_LOG_DIR=/logs, VOLUME ["$ZOO_DATA_DIR", "$ZOO_DATA_LOG_DIR", "$ZOO_LOG_DIR"] (checked for 3.9.2)' }],
  },
  {
    repositories: ['odoo'],
    variants: [{ tags: ALL, volumes: ['/var/lib/odoo', '/mnt/extra-addons'], source: 'odoo/docker 17.0/Dockerfile: VOLUME ["/var/lib/odoo", "/mnt/extra-addons"] (checked for 17.0)' }],
  },
  {
    repositories: ['consul'],
    variants: [{ tags: ALL, volumes: ['/consul/data'], source: 'hashicorp/docker-consul 0.X/Dockerfile: VOLUME /consul/data (checked for 1.9.14)' }],
  },
  {
    repositories: ['memcached'],
    variants: [{ tags: ALL, volumes: [], source: 'docker-library/memcached 1/debian/Dockerfile: no VOLUME (checked for 1.6.25)' }],
  },
  {
    repositories: ['mongo-express'],
    variants: [{ tags: ALL, volumes: [], source: 'mongo-express/mongo-express-docker 1.0/20-alpine3.19/Dockerfile: no VOLUME (checked for 1.0.2)' }],
  },
  {
    repositories: ['nginx'],
    variants: [{ tags: ALL, volumes: [], source: 'nginxinc/docker-nginx mainline/debian/Dockerfile: no VOLUME (checked for 1.21.2)' }],
  },
  {
    repositories: ['httpd'],
    variants: [{ tags: ALL, volumes: [], source: 'docker-library/httpd 2.4/Dockerfile: no VOLUME (checked for 2.4.17)' }],
  },
];
