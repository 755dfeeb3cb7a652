// Compose: the parts of short syntax, the keys of long syntax and of top-level `volumes:` entries,
// per compose-spec 05-services.md and 07-volumes.md.
import type { DocEntry } from './entry';
import { l, URLS } from './entry';

export const COMPOSE_SHORT_DOCS: Readonly<Record<'source' | 'target' | 'mode', DocEntry>> = {
  source: {
    title: l('VOLUME or host path', 'VOLUME 또는 호스트 경로'),
    body: l(
      'A name declared under top-level `volumes:` (a named volume), or a host path: it must start with `/`, `./`, `../` or `~` to be a path, otherwise it is read as a volume name. Leave it out for an anonymous volume.',
      '최상위 `volumes:`에 선언한 이름(이름 있는 볼륨) 또는 호스트 경로입니다. 경로로 읽히려면 `/`, `./`, `../`, `~`로 시작해야 하며, 그렇지 않으면 볼륨 이름으로 읽힙니다. 생략하면 익명 볼륨입니다.',
    ),
    url: URLS.composeShort,
  },
  target: {
    title: l('CONTAINER_PATH', 'CONTAINER_PATH'),
    body: l('Absolute path inside the container where the volume or host path is mounted.', '볼륨이나 호스트 경로가 마운트될 컨테이너 안의 절대 경로입니다.'),
    url: URLS.composeShort,
  },
  mode: {
    title: l('ACCESS_MODE', 'ACCESS_MODE'),
    body: l('Comma-separated mount options.', '쉼표로 구분한 마운트 옵션입니다.'),
    values: l('`rw`, `ro`, `z`, `Z`, `nocopy`, a bind propagation (`rprivate`, `shared`, ...)', '`rw`, `ro`, `z`, `Z`, `nocopy`, 바인드 전파(`rprivate`, `shared` 등)'),
    defaultValue: l('`rw`', '`rw`'),
    url: URLS.composeShort,
  },
};

const BOOL = l('`true`, `false`', '`true`, `false`');

export const COMPOSE_LONG_KEY_DOCS: Readonly<Record<string, DocEntry>> = {
  type: { title: l('type', 'type'), body: l('The kind of mount.', '마운트의 종류입니다.'), values: l('`volume`, `bind`, `tmpfs`, `image`, `npipe`, `cluster`', '`volume`, `bind`, `tmpfs`, `image`, `npipe`, `cluster`'), url: URLS.composeLong },
  source: { title: l('source', 'source'), body: l('A volume declared under top-level `volumes:` (leave it out for an anonymous volume), a host path for `bind`, an image for `image`. Not allowed for `tmpfs`.', '최상위 `volumes:`에 선언한 볼륨(생략하면 익명 볼륨), `bind`면 호스트 경로, `image`면 이미지입니다. `tmpfs`에는 쓸 수 없습니다.'), url: URLS.composeLong },
  target: { title: l('target', 'target'), body: l('Absolute path in the container. Required.', '컨테이너 안의 절대 경로입니다. 필수입니다.'), url: URLS.composeLong },
  read_only: { title: l('read_only', 'read_only'), body: l('Mounts read-only.', '읽기 전용으로 마운트합니다.'), values: BOOL, defaultValue: l('`false`', '`false`'), url: URLS.composeLong },
  consistency: { title: l('consistency', 'consistency'), body: l('A hint for Docker Desktop on macOS; ignored elsewhere.', 'macOS용 Docker Desktop에 주는 힌트이며 다른 곳에서는 무시됩니다.'), values: l('`consistent`, `cached`, `delegated`', '`consistent`, `cached`, `delegated`'), url: URLS.composeLong },
  bind: { title: l('bind', 'bind'), body: l('Options for `type: bind` only.', '`type: bind` 전용 옵션입니다.'), values: l('`propagation`, `create_host_path`, `selinux`, `recursive`', '`propagation`, `create_host_path`, `selinux`, `recursive`'), url: URLS.composeLong },
  volume: { title: l('volume', 'volume'), body: l('Options for `type: volume` only.', '`type: volume` 전용 옵션입니다.'), values: l('`nocopy`, `subpath`', '`nocopy`, `subpath`'), url: URLS.composeLong },
  tmpfs: { title: l('tmpfs', 'tmpfs'), body: l('Options for `type: tmpfs` only.', '`type: tmpfs` 전용 옵션입니다.'), values: l('`size`, `mode`', '`size`, `mode`'), url: URLS.composeLong },
  image: { title: l('image', 'image'), body: l('Options for `type: image` only.', '`type: image` 전용 옵션입니다.'), values: l('`subpath`', '`subpath`'), url: URLS.composeLong },
  'bind.propagation': { title: l('bind.propagation', 'bind.propagation'), body: l('Whether mounts below the bind mount are seen across.', '바인드 마운트 아래의 마운트가 반대쪽에 보이는지 정합니다.'), values: l('`rprivate`, `private`, `rshared`, `shared`, `rslave`, `slave`', '`rprivate`, `private`, `rshared`, `shared`, `rslave`, `slave`'), defaultValue: l('`rprivate`', '`rprivate`'), url: URLS.propagation },
  'bind.create_host_path': { title: l('bind.create_host_path', 'bind.create_host_path'), body: l('Creates the host path when it does not exist.', '호스트 경로가 없으면 만듭니다.'), values: BOOL, defaultValue: l('`true`', '`true`'), url: URLS.composeLong },
  'bind.selinux': { title: l('bind.selinux', 'bind.selinux'), body: l('SELinux relabelling: `z` shared, `Z` private to this container.', 'SELinux 레이블 변경: `z`는 공유, `Z`는 이 컨테이너 전용입니다.'), values: l('`z`, `Z`', '`z`, `Z`'), url: URLS.selinux },
  'bind.recursive': { title: l('bind.recursive', 'bind.recursive'), body: l('How submounts below the source are handled.', '소스 아래 하위 마운트를 다루는 방식입니다.'), values: l('`enabled`, `disabled`, `writable`, `readonly`', '`enabled`, `disabled`, `writable`, `readonly`'), defaultValue: l('`enabled`', '`enabled`'), url: URLS.composeLong },
  'volume.nocopy': { title: l('volume.nocopy', 'volume.nocopy'), body: l('Does not copy the image\'s files at the target into a new, empty volume.', '새로 만든 빈 볼륨에 이미지의 target 경로 파일을 복사하지 않습니다.'), values: BOOL, defaultValue: l('`false`', '`false`'), url: URLS.composeLong },
  'volume.subpath': { title: l('volume.subpath', 'volume.subpath'), body: l('Mounts only this subfolder of the volume.', '볼륨의 이 하위 폴더만 마운트합니다.'), url: URLS.composeLong },
  'tmpfs.size': { title: l('tmpfs.size', 'tmpfs.size'), body: l('Size limit in bytes, or with a unit (`64m`).', '바이트 또는 단위(`64m`)로 쓴 크기 제한입니다.'), defaultValue: l('unlimited', '제한 없음'), url: URLS.composeLong },
  'tmpfs.mode': { title: l('tmpfs.mode', 'tmpfs.mode'), body: l('File mode of the tmpfs root, as an octal number.', 'tmpfs 루트의 파일 모드(8진수)입니다.'), defaultValue: l('`1777`', '`1777`'), url: URLS.composeLong },
  'image.subpath': { title: l('image.subpath', 'image.subpath'), body: l('Mounts only this path of the image.', '이미지의 이 경로만 마운트합니다.'), url: URLS.composeLong },
};

export const COMPOSE_LONG_VALUES: Readonly<Record<string, readonly string[]>> = {
  type: ['volume', 'bind', 'tmpfs', 'image', 'npipe', 'cluster'],
  read_only: ['true', 'false'],
  consistency: ['consistent', 'cached', 'delegated'],
  'bind.propagation': ['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'],
  'bind.create_host_path': ['true', 'false'],
  'bind.selinux': ['z', 'Z'],
  'bind.recursive': ['enabled', 'disabled', 'writable', 'readonly'],
  'volume.nocopy': ['true', 'false'],
};

export const COMPOSE_TOP_LEVEL_VOLUME_DOCS: Readonly<Record<string, DocEntry>> = {
  volumes: { title: l('volumes (top level)', 'volumes (최상위)'), body: l('Named volumes services can use. Compose creates each as `<project>_<name>` unless `name` or `external` says otherwise; `docker compose down -v` removes them.', '서비스가 쓸 수 있는 이름 있는 볼륨입니다. `name`이나 `external`이 없으면 Compose가 `<project>_<name>`으로 만들며, `docker compose down -v`가 삭제합니다.'), url: URLS.composeVolumes },
  driver: { title: l('driver', 'driver'), body: l('The volume driver.', '볼륨 드라이버입니다.'), defaultValue: l('`local`', '`local`'), url: URLS.composeVolumes },
  driver_opts: { title: l('driver_opts', 'driver_opts'), body: l('Options passed to the driver (for `local`: `type`, `o`, `device`, as for `mount`).', '드라이버에 넘길 옵션입니다(`local`이면 `mount`처럼 `type`, `o`, `device`).'), url: URLS.composeVolumes },
  external: { title: l('external', 'external'), body: l('The volume already exists and is managed outside this project: Compose never creates or removes it, and fails if it is missing. Only `name` may go with it.', '볼륨이 이미 있고 이 프로젝트 밖에서 관리됩니다. Compose는 만들거나 지우지 않으며, 없으면 실패합니다. 함께 쓸 수 있는 것은 `name`뿐입니다.'), values: BOOL, defaultValue: l('`false`', '`false`'), url: URLS.composeVolumes },
  labels: { title: l('labels', 'labels'), body: l('Labels set on the volume when Compose creates it.', 'Compose가 볼륨을 만들 때 붙이는 레이블입니다.'), url: URLS.composeVolumes },
  name: { title: l('name', 'name'), body: l('The real volume name on the engine, used as is (no project prefix).', '엔진에서 쓰는 실제 볼륨 이름이며 그대로 쓰입니다(프로젝트 접두사 없음).'), url: URLS.composeVolumes },
};

export const COMPOSE_SERVICE_KEY_DOCS: Readonly<Record<string, DocEntry>> = {
  volumes: { title: l('volumes (service)', 'volumes (서비스)'), body: l('Mounts for this service\'s containers: short syntax `[SOURCE:]TARGET[:MODE]` or long syntax with `type`, `source`, `target`.', '이 서비스 컨테이너의 마운트입니다. 짧은 문법 `[SOURCE:]TARGET[:MODE]` 또는 `type`, `source`, `target`을 쓰는 긴 문법입니다.'), url: URLS.composeServiceVolumes },
  tmpfs: { title: l('tmpfs (service)', 'tmpfs (서비스)'), body: l('In-memory mounts: a path or a list of paths, optionally with `:size=...,mode=...`. Gone when the container stops.', '메모리 마운트입니다. 경로 하나 또는 목록이며 `:size=...,mode=...`를 붙일 수 있습니다. 컨테이너가 멈추면 사라집니다.'), url: URLS.composeTmpfs },
  volumes_from: { title: l('volumes_from', 'volumes_from'), body: l('Mounts all volumes of another service (`service:ro`) or container (`container:name`).', '다른 서비스(`service:ro`)나 컨테이너(`container:name`)의 모든 볼륨을 마운트합니다.'), url: URLS.composeServiceVolumes },
  read_only: { title: l('read_only (service)', 'read_only (서비스)'), body: l('Runs the container with a read-only root filesystem; mounts stay writable unless read-only themselves.', '컨테이너의 루트 파일 시스템을 읽기 전용으로 실행합니다. 마운트는 각각 읽기 전용이 아닌 한 쓸 수 있습니다.'), url: URLS.composeServiceVolumes },
};
