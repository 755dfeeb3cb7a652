// The keys of a `--mount` spec, as docker/cli's opts/mount.go reads them.
import type { DocEntry } from './entry';
import { l, URLS } from './entry';

const BOOL = l('`true`/`false`/`1`/`0`, or the bare key for `true`', '`true`/`false`/`1`/`0`, 또는 키만 쓰면 `true`');

export const MOUNT_FLAG_KEY_DOCS: Readonly<Record<string, DocEntry>> = {
  type: {
    title: l('type', 'type'),
    body: l('The kind of storage to mount.', '마운트할 스토리지의 종류입니다.'),
    values: l('`volume`, `bind`, `tmpfs`, `npipe` (Windows), `image`, `cluster`', '`volume`, `bind`, `tmpfs`, `npipe`(Windows), `image`, `cluster`'),
    defaultValue: l('`volume`', '`volume`'),
    url: URLS.runMount,
  },
  source: {
    title: l('source, src', 'source, src'),
    body: l(
      'For a volume: its name (created if missing); leave it out for an anonymous volume. For a bind mount: the host path, which must exist (`./` paths are resolved against the current folder). Not allowed for tmpfs.',
      '볼륨이면 그 이름(없으면 만들어짐)이고, 생략하면 익명 볼륨입니다. 바인드 마운트면 호스트 경로이며 반드시 있어야 합니다(`./` 경로는 현재 폴더 기준). tmpfs에는 쓸 수 없습니다.',
    ),
    defaultValue: l('none: an anonymous volume', '없음: 익명 볼륨'),
    url: URLS.volumesMount,
  },
  target: {
    title: l('target, dst, destination', 'target, dst, destination'),
    body: l('The absolute path inside the container where the storage appears. Required.', '스토리지가 나타날 컨테이너 안의 절대 경로입니다. 필수입니다.'),
    url: URLS.volumesMount,
  },
  readonly: {
    title: l('readonly, ro', 'readonly, ro'),
    body: l('Mounts read-only: the container can read but not change the data.', '읽기 전용으로 마운트합니다. 컨테이너는 데이터를 읽을 수만 있습니다.'),
    values: BOOL,
    defaultValue: l('`false` (read-write)', '`false`(읽기·쓰기)'),
    url: URLS.volumesMount,
  },
  consistency: {
    title: l('consistency', 'consistency'),
    body: l('A hint for Docker Desktop on macOS; ignored on Linux. Any value is accepted.', 'macOS용 Docker Desktop에 주는 힌트이며 Linux에서는 무시됩니다. 어떤 값이든 받아들여집니다.'),
    values: l('`consistent`, `cached`, `delegated`', '`consistent`, `cached`, `delegated`'),
    defaultValue: l('`consistent`', '`consistent`'),
    url: URLS.bindMount,
  },
  'bind-propagation': {
    title: l('bind-propagation', 'bind-propagation'),
    body: l('Whether mounts made under the bind mount on one side are seen on the other side. Only for `type=bind`.', '바인드 마운트 아래에서 한쪽에 생긴 마운트가 다른 쪽에도 보이는지 정합니다. `type=bind` 전용입니다.'),
    values: l('`rprivate`, `private`, `rshared`, `shared`, `rslave`, `slave`', '`rprivate`, `private`, `rshared`, `shared`, `rslave`, `slave`'),
    defaultValue: l('`rprivate`', '`rprivate`'),
    url: URLS.propagation,
  },
  'bind-nonrecursive': {
    title: l('bind-nonrecursive', 'bind-nonrecursive'),
    body: l('Does not bind mounts found below the source (deprecated in favour of `bind-recursive=disabled`). Only for `type=bind`.', '소스 아래에 있는 마운트는 함께 연결하지 않습니다(`bind-recursive=disabled`로 대체됨). `type=bind` 전용입니다.'),
    values: BOOL,
    defaultValue: l('`false`', '`false`'),
    url: URLS.bindMount,
  },
  'bind-recursive': {
    title: l('bind-recursive', 'bind-recursive'),
    body: l('How submounts below the source are handled. Only for `type=bind`.', '소스 아래의 하위 마운트를 어떻게 다룰지 정합니다. `type=bind` 전용입니다.'),
    values: l('`enabled`, `disabled`, `writable`, `readonly`', '`enabled`, `disabled`, `writable`, `readonly`'),
    defaultValue: l('`enabled` (read-only submounts when the mount is read-only)', '`enabled`(마운트가 읽기 전용이면 하위 마운트도 읽기 전용)'),
    url: URLS.bindMount,
  },
  'bind-create-src': {
    title: l('bind-create-src', 'bind-create-src'),
    body: l('Creates the host path when it does not exist, as `-v` does. Only for `type=bind`.', '호스트 경로가 없으면 `-v`처럼 만듭니다. `type=bind` 전용입니다.'),
    values: BOOL,
    defaultValue: l('`false`: a missing source is an error', '`false`: 소스가 없으면 오류'),
    url: URLS.bindMount,
  },
  'volume-nocopy': {
    title: l('volume-nocopy', 'volume-nocopy'),
    body: l('Does not copy the image\'s files at the target into a new, empty volume. Only for `type=volume`.', '새로 만든 빈 볼륨에 이미지의 target 경로 파일을 복사하지 않습니다. `type=volume` 전용입니다.'),
    values: BOOL,
    defaultValue: l('`false`: an empty volume is filled from the image', '`false`: 빈 볼륨은 이미지 내용으로 채워짐'),
    url: URLS.volumesMount,
  },
  'volume-subpath': {
    title: l('volume-subpath', 'volume-subpath'),
    body: l('Mounts only this subfolder of the volume; it must already exist in the volume. Only for `type=volume`.', '볼륨의 이 하위 폴더만 마운트합니다. 볼륨 안에 이미 있어야 합니다. `type=volume` 전용입니다.'),
    url: URLS.volumesMount,
  },
  'volume-driver': {
    title: l('volume-driver', 'volume-driver'),
    body: l('The volume driver used when the volume is created by this mount. Only for `type=volume`.', '이 마운트로 볼륨이 만들어질 때 쓸 볼륨 드라이버입니다. `type=volume` 전용입니다.'),
    defaultValue: l('`local`', '`local`'),
    url: URLS.volumesMount,
  },
  'volume-opt': {
    title: l('volume-opt', 'volume-opt'),
    body: l('A `key=value` option for the volume driver; repeat the field for several. Quote the whole field when the value has commas: `"volume-opt=o=addr=1.2.3.4,rw"`. Only for `type=volume`.', '볼륨 드라이버에 줄 `key=value` 옵션이며 여러 개면 필드를 반복합니다. 값에 쉼표가 있으면 필드 전체를 따옴표로 감쌉니다: `"volume-opt=o=addr=1.2.3.4,rw"`. `type=volume` 전용입니다.'),
    url: URLS.volumesMount,
  },
  'volume-label': {
    title: l('volume-label', 'volume-label'),
    body: l('A `key=value` label set on the volume when this mount creates it. Only for `type=volume`.', '이 마운트가 볼륨을 만들 때 붙일 `key=value` 레이블입니다. `type=volume` 전용입니다.'),
    url: URLS.volumesMount,
  },
  'tmpfs-size': {
    title: l('tmpfs-size', 'tmpfs-size'),
    body: l('Size limit of the tmpfs in bytes; units `k`, `m`, `g` are accepted. Only for `type=tmpfs`.', 'tmpfs의 크기 제한(바이트)이며 `k`, `m`, `g` 단위를 쓸 수 있습니다. `type=tmpfs` 전용입니다.'),
    defaultValue: l('unlimited', '제한 없음'),
    url: URLS.tmpfs,
  },
  'tmpfs-mode': {
    title: l('tmpfs-mode', 'tmpfs-mode'),
    body: l('File mode of the tmpfs root, in octal. Only for `type=tmpfs`.', 'tmpfs 루트의 파일 모드(8진수)입니다. `type=tmpfs` 전용입니다.'),
    defaultValue: l('`1777` (world-writable, sticky)', '`1777`(누구나 쓰기 가능, sticky)'),
    url: URLS.tmpfs,
  },
  'image-subpath': {
    title: l('image-subpath', 'image-subpath'),
    body: l('Mounts only this path of the image. Only for `type=image`.', '이미지의 이 경로만 마운트합니다. `type=image` 전용입니다.'),
    url: URLS.runMount,
  },
};

/** Spellings as written → the key of MOUNT_FLAG_KEY_DOCS. */
export const MOUNT_FLAG_KEY_ALIASES: Readonly<Record<string, string>> = {
  src: 'source',
  dst: 'target',
  destination: 'target',
  ro: 'readonly',
};

/** Which keys each `--mount` type takes, for completion (docker/cli rejects `volume-*` with another type, and so on). */
export const MOUNT_FLAG_KEYS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  volume: ['type', 'source', 'target', 'readonly', 'consistency', 'volume-nocopy', 'volume-subpath', 'volume-driver', 'volume-opt', 'volume-label'],
  bind: ['type', 'source', 'target', 'readonly', 'consistency', 'bind-propagation', 'bind-recursive', 'bind-nonrecursive', 'bind-create-src'],
  tmpfs: ['type', 'target', 'readonly', 'tmpfs-size', 'tmpfs-mode'],
  npipe: ['type', 'source', 'target', 'readonly'],
  image: ['type', 'source', 'target', 'readonly', 'image-subpath'],
  cluster: ['type', 'source', 'target', 'readonly'],
};

export const MOUNT_FLAG_VALUES: Readonly<Record<string, readonly string[]>> = {
  type: ['volume', 'bind', 'tmpfs', 'npipe', 'image', 'cluster'],
  readonly: ['true', 'false'],
  consistency: ['consistent', 'cached', 'delegated'],
  'bind-propagation': ['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'],
  'bind-recursive': ['enabled', 'disabled', 'writable', 'readonly'],
  'bind-nonrecursive': ['true', 'false'],
  'bind-create-src': ['true', 'false'],
  'volume-nocopy': ['true', 'false'],
};
