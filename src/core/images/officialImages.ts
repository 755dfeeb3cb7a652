import type { ImageVolumeEntry } from './table';

// The VOLUME paths of widely used images, each read from the image's published Dockerfile (the source
// names the repository and file, and the versions it was checked for). Images that declare none are
// listed too where people commonly expect one, so "none" is an answer rather than a gap.

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
    repositories: ['percona', 'percona/percona-server'],
    variants: [{ tags: ALL, volumes: ['/var/lib/mysql', '/var/log/mysql'], dataPath: '/var/lib/mysql', source: 'docker-library/percona 8.0/Dockerfile: VOLUME ["/var/lib/mysql", "/var/log/mysql"] (5.7, 8.0)' }],
  },
  {
    repositories: ['mongo'],
    variants: [{ tags: ALL, volumes: ['/data/db', '/data/configdb'], dataPath: '/data/db', source: 'docker-library/mongo 4.4/Dockerfile (and later): VOLUME /data/db /data/configdb (3.x-8.x)' }],
  },
  {
    repositories: ['redis', 'redis/redis-stack-server'],
    variants: [{ tags: ALL, volumes: ['/data'], dataPath: '/data', source: 'docker-library/redis 7.4/debian/Dockerfile: VOLUME /data, WORKDIR /data (5.x-8.x)' }],
  },
  {
    repositories: ['valkey/valkey'],
    variants: [{ tags: ALL, volumes: ['/data'], dataPath: '/data', source: 'valkey-io/valkey-container 8.0/debian/Dockerfile: VOLUME /data (7.2-8.x)' }],
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
    variants: [{ tags: ALL, volumes: ['/var/lib/rabbitmq'], dataPath: '/var/lib/rabbitmq', source: 'docker-library/rabbitmq 3.13/ubuntu/Dockerfile: VOLUME /var/lib/rabbitmq (3.x-4.x)' }],
  },
  {
    repositories: ['influxdb'],
    variants: [
      { tags: { toMajor: 1 }, volumes: ['/var/lib/influxdb'], dataPath: '/var/lib/influxdb', source: 'influxdata/influxdata-docker influxdb/1.8/Dockerfile: VOLUME /var/lib/influxdb (1.x)' },
      {
        tags: { fromMajor: 2, toMajor: 2, latest: true },
        volumes: ['/var/lib/influxdb2', '/etc/influxdb2'],
        dataPath: '/var/lib/influxdb2',
        source: 'influxdata/influxdata-docker influxdb/2.7/Dockerfile: VOLUME /var/lib/influxdb2 /etc/influxdb2 (2.x; latest when checked)',
      },
    ],
  },
  {
    repositories: ['cassandra'],
    variants: [{ tags: ALL, volumes: ['/var/lib/cassandra'], dataPath: '/var/lib/cassandra', source: 'docker-library/cassandra 4.1/Dockerfile: VOLUME /var/lib/cassandra (3.x-5.x)' }],
  },
  {
    repositories: ['couchdb'],
    variants: [{ tags: ALL, volumes: ['/opt/couchdb/data'], dataPath: '/opt/couchdb/data', source: 'apache/couchdb-docker 3.3.3/Dockerfile: VOLUME /opt/couchdb/data (2.x-3.x)' }],
  },
  {
    repositories: ['neo4j'],
    variants: [{ tags: ALL, volumes: ['/data', '/logs'], dataPath: '/data', source: 'neo4j/docker-neo4j-publish 5.x/bullseye/community/Dockerfile: VOLUME /data /logs (4.x-5.x)' }],
  },
  {
    repositories: ['clickhouse/clickhouse-server', 'clickhouse'],
    variants: [{ tags: ALL, volumes: ['/var/lib/clickhouse'], dataPath: '/var/lib/clickhouse', source: 'ClickHouse/ClickHouse docker/server/Dockerfile.ubuntu: VOLUME /var/lib/clickhouse (22.x-25.x)' }],
  },
  {
    repositories: ['arangodb'],
    variants: [{ tags: ALL, volumes: ['/var/lib/arangodb3', '/var/lib/arangodb3-apps'], dataPath: '/var/lib/arangodb3', source: 'arangodb/arangodb-docker alpine/3.11/Dockerfile: VOLUME ["/var/lib/arangodb3", "/var/lib/arangodb3-apps"] (3.x)' }],
  },
  {
    repositories: ['couchbase'],
    variants: [{ tags: ALL, volumes: ['/opt/couchbase/var'], dataPath: '/opt/couchbase/var', source: 'couchbase/docker enterprise/couchbase-server/7.2.4/Dockerfile: VOLUME /opt/couchbase/var (6.x-7.x)' }],
  },
  {
    repositories: ['registry', 'distribution/distribution'],
    variants: [{ tags: ALL, volumes: ['/var/lib/registry'], source: 'distribution/distribution-library-image Dockerfile: VOLUME ["/var/lib/registry"] (2.x-3.x)' }],
  },
  {
    repositories: ['nextcloud'],
    variants: [{ tags: ALL, volumes: ['/var/www/html'], source: 'nextcloud/docker 29/apache/Dockerfile: VOLUME /var/www/html (all maintained versions)' }],
  },
  {
    repositories: ['wordpress'],
    variants: [{ tags: ALL, volumes: ['/var/www/html'], source: 'docker-library/wordpress latest/php8.3/apache/Dockerfile: VOLUME /var/www/html (php-apache and php-fpm variants)' }],
  },
  {
    repositories: ['joomla'],
    variants: [{ tags: ALL, volumes: ['/var/www/html'], source: 'joomla-docker/docker-joomla 5.1/php8.2/apache/Dockerfile: VOLUME /var/www/html (4.x-5.x)' }],
  },
  {
    repositories: ['drupal'],
    variants: [{ tags: ALL, volumes: [], source: 'docker-library/drupal 10.3/php8.3/apache-bookworm/Dockerfile: no VOLUME (sites, modules, themes are the user\'s to mount)' }],
  },
  {
    repositories: ['ghost'],
    variants: [{ tags: ALL, volumes: ['/var/lib/ghost/content'], source: 'docker-library/ghost 5/debian/Dockerfile: ENV GHOST_CONTENT /var/lib/ghost/content, VOLUME $GHOST_CONTENT (1.x-5.x)' }],
  },
  {
    repositories: ['jenkins/jenkins'],
    variants: [{ tags: ALL, volumes: ['/var/jenkins_home'], source: 'jenkinsci/docker debian/bookworm/hotspot/Dockerfile: ARG JENKINS_HOME=/var/jenkins_home, VOLUME $JENKINS_HOME (2.x, lts and weekly)' }],
  },
  {
    repositories: ['sonarqube'],
    variants: [
      {
        tags: ALL,
        volumes: ['/opt/sonarqube/data', '/opt/sonarqube/extensions', '/opt/sonarqube/logs', '/opt/sonarqube/temp'],
        source: 'SonarSource/docker-sonarqube image/community-build/Dockerfile: VOLUME ["${SQ_DATA_DIR}", "${SQ_EXTENSIONS_DIR}", "${SQ_LOGS_DIR}", "${SQ_TEMP_DIR}"] under SONARQUBE_HOME=/opt/sonarqube (9.x-25.x)',
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
    variants: [{ tags: ALL, volumes: ['/etc/gitlab', '/var/opt/gitlab', '/var/log/gitlab'], source: 'gitlabhq/omnibus-gitlab docker/Dockerfile: VOLUME ["/etc/gitlab", "/var/opt/gitlab", "/var/log/gitlab"]' }],
  },
  {
    repositories: ['sonatype/nexus3'],
    variants: [{ tags: ALL, volumes: ['/nexus-data'], source: 'sonatype/docker-nexus3 Dockerfile: ENV NEXUS_DATA=/nexus-data, VOLUME ${NEXUS_DATA} (3.x)' }],
  },
  {
    repositories: ['prom/prometheus'],
    variants: [{ tags: ALL, volumes: ['/prometheus'], source: 'prometheus/prometheus Dockerfile: VOLUME [ "/prometheus" ] (2.x-3.x)' }],
  },
  {
    repositories: ['solr'],
    variants: [{ tags: ALL, volumes: ['/var/solr'], source: 'apache/solr-docker 9.6/Dockerfile: VOLUME /var/solr (8.x-9.x)' }],
  },
  {
    repositories: ['eclipse-mosquitto'],
    variants: [{ tags: ALL, volumes: ['/mosquitto/data', '/mosquitto/log'], source: 'eclipse/mosquitto docker/2.0/Dockerfile: VOLUME ["/mosquitto/data", "/mosquitto/log"] (1.6-2.x)' }],
  },
  {
    repositories: ['zookeeper'],
    variants: [{ tags: ALL, volumes: ['/data', '/datalog', '/logs'], source: '31z4/zookeeper-docker 3.9.2/Dockerfile: VOLUME ["$ZOO_DATA_DIR", "$ZOO_DATA_LOG_DIR", "$ZOO_LOG_DIR"] = /data /datalog /logs (3.x)' }],
  },
  {
    repositories: ['odoo'],
    variants: [{ tags: ALL, volumes: ['/var/lib/odoo', '/mnt/extra-addons'], source: 'odoo/docker 17.0/Dockerfile: VOLUME ["/var/lib/odoo", "/mnt/extra-addons"] (14.0-18.0)' }],
  },
  {
    repositories: ['hashicorp/consul', 'consul'],
    variants: [{ tags: ALL, volumes: ['/consul/data'], source: 'hashicorp/consul .release/docker/Dockerfile: VOLUME /consul/data (1.x)' }],
  },
  {
    repositories: ['memcached'],
    variants: [{ tags: ALL, volumes: [], source: 'docker-library/memcached 1/debian/Dockerfile: no VOLUME (memory only)' }],
  },
  {
    repositories: ['mongo-express'],
    variants: [{ tags: ALL, volumes: [], source: 'mongo-express/mongo-express-docker Dockerfile: no VOLUME' }],
  },
  {
    repositories: ['nginx'],
    variants: [{ tags: ALL, volumes: [], source: 'nginxinc/docker-nginx mainline/debian/Dockerfile: no VOLUME' }],
  },
  {
    repositories: ['httpd'],
    variants: [{ tags: ALL, volumes: [], source: 'docker-library/httpd 2.4/Dockerfile: no VOLUME' }],
  },
];
