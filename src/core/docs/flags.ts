// `docker run`/`create` storage flags and the `docker volume` subcommands.
import type { DocEntry } from './entry';
import { l, URLS } from './entry';

export const FLAG_DOCS: Readonly<Record<string, DocEntry>> = {
  '--volume': {
    title: l('-v, --volume [SOURCE:]TARGET[:MODE]', '-v, --volume [SOURCE:]TARGET[:MODE]'),
    body: l(
      'Mounts a volume or a host path. A SOURCE that is an absolute path (or starts with `.`) is a bind mount, a plain name is a named volume, no SOURCE at all is a new anonymous volume. A missing host path is created as an empty folder owned by root.',
      '볼륨이나 호스트 경로를 마운트합니다. 절대 경로(또는 `.`로 시작하는) SOURCE는 바인드 마운트, 이름만 있으면 이름 있는 볼륨, SOURCE가 없으면 새 익명 볼륨입니다. 없는 호스트 경로는 root 소유의 빈 폴더로 만들어집니다.',
    ),
    values: l('MODE: `ro`/`rw`, `z`/`Z`, `nocopy`, a propagation (`rprivate`, `shared`, ...), comma-separated', 'MODE: `ro`/`rw`, `z`/`Z`, `nocopy`, 전파 방식(`rprivate`, `shared` 등), 쉼표로 구분'),
    url: URLS.runVolume,
  },
  '--mount': {
    title: l('--mount type=...,source=...,target=...', '--mount type=...,source=...,target=...'),
    body: l(
      'Mounts a volume, bind mount, tmpfs, named pipe or image with explicit `key=value` fields (CSV). Unlike `-v`, a bind source that does not exist is an error instead of being created.',
      '볼륨, 바인드 마운트, tmpfs, 네임드 파이프, 이미지를 `key=value` 필드(CSV)로 명시해 마운트합니다. `-v`와 달리 없는 바인드 소스는 만들어지지 않고 오류가 됩니다.',
    ),
    values: l('keys: `type`, `source`/`src`, `target`/`dst`/`destination`, `readonly`/`ro`, `bind-*`, `volume-*`, `tmpfs-*`, `consistency`', '키: `type`, `source`/`src`, `target`/`dst`/`destination`, `readonly`/`ro`, `bind-*`, `volume-*`, `tmpfs-*`, `consistency`'),
    defaultValue: l('`type=volume`', '`type=volume`'),
    url: URLS.runMount,
  },
  '--tmpfs': {
    title: l('--tmpfs TARGET[:OPTIONS]', '--tmpfs TARGET[:OPTIONS]'),
    body: l(
      'Mounts an empty in-memory filesystem at TARGET. Nothing reaches the disk and everything is gone when the container stops: for secrets, caches and scratch space. Options are kernel tmpfs mount options; a bad one is refused only when the container starts.',
      'TARGET에 비어 있는 메모리 파일 시스템을 마운트합니다. 디스크에 아무것도 쓰지 않으며 컨테이너가 멈추면 모두 사라집니다. 비밀 정보, 캐시, 임시 공간용입니다. 옵션은 커널 tmpfs 마운트 옵션이며, 잘못된 옵션은 컨테이너 시작 시점에야 거부됩니다.',
    ),
    values: l('`size=64m`, `mode=1777`, `uid=`, `gid=`, `rw`/`ro`, `exec`/`noexec`, `suid`/`nosuid`, `dev`/`nodev`', '`size=64m`, `mode=1777`, `uid=`, `gid=`, `rw`/`ro`, `exec`/`noexec`, `suid`/`nosuid`, `dev`/`nodev`'),
    defaultValue: l('`rw,noexec,nosuid,nodev`, size unlimited (half of RAM by the kernel\'s default)', '`rw,noexec,nosuid,nodev`, 크기 제한 없음(커널 기본값은 RAM의 절반)'),
    url: URLS.runTmpfs,
  },
  '--volumes-from': {
    title: l('--volumes-from CONTAINER[:ro|rw]', '--volumes-from CONTAINER[:ro|rw]'),
    body: l(
      'Mounts every volume and bind mount of another container at the same paths. `ro` makes all of them read-only here; `rw` keeps them writable.',
      '다른 컨테이너의 모든 볼륨과 바인드 마운트를 같은 경로에 마운트합니다. `ro`는 여기서 모두 읽기 전용으로, `rw`는 쓰기 가능으로 둡니다.',
    ),
    values: l('`ro`, `rw`', '`ro`, `rw`'),
    defaultValue: l('the same mode as in the source container', '원래 컨테이너와 같은 모드'),
    url: URLS.runVolumesFrom,
  },
  '--rm': {
    title: l('--rm', '--rm'),
    body: l(
      'Removes the container when it exits, together with its **anonymous** volumes. Named volumes and bind mounts are kept. Without it, every run that creates an anonymous volume leaves one behind.',
      '컨테이너가 끝나면 컨테이너와 그 **익명** 볼륨을 함께 삭제합니다. 이름 있는 볼륨과 바인드 마운트는 남습니다. 이 옵션이 없으면 익명 볼륨을 만드는 실행마다 볼륨이 하나씩 남습니다.',
    ),
    defaultValue: l('off: the stopped container and its volumes stay', '꺼짐: 멈춘 컨테이너와 볼륨이 남음'),
    url: URLS.runRm,
  },
  '--read-only': {
    title: l('--read-only', '--read-only'),
    body: l(
      'Mounts the container\'s root filesystem (its writable layer) read-only. Volumes, bind mounts and tmpfs mounts stay writable unless they are read-only themselves, so pair it with `--tmpfs /tmp` and volumes for the paths the app writes.',
      '컨테이너의 루트 파일 시스템(쓰기 가능 레이어)을 읽기 전용으로 마운트합니다. 볼륨, 바인드 마운트, tmpfs는 각각 읽기 전용이 아닌 한 쓸 수 있으므로, 앱이 쓰는 경로에는 `--tmpfs /tmp`와 볼륨을 함께 쓰세요.',
    ),
    defaultValue: l('off', '꺼짐'),
    url: URLS.runReadOnly,
  },
};

/** Flag spellings as written → the key of FLAG_DOCS. */
export const FLAG_ALIASES: Readonly<Record<string, string>> = {
  '-v': '--volume',
  '--volume': '--volume',
  '--mount': '--mount',
  '--tmpfs': '--tmpfs',
  '--volumes-from': '--volumes-from',
  '--rm': '--rm',
  '--read-only': '--read-only',
};

export const VOLUME_COMMAND_DOCS: Readonly<Record<string, DocEntry>> = {
  'volume create': {
    title: l('docker volume create [OPTIONS] [VOLUME]', 'docker volume create [OPTIONS] [VOLUME]'),
    body: l(
      'Creates a named volume (or returns the existing one of that name). Without a name Docker makes up a 64-character hex name.',
      '이름 있는 볼륨을 만듭니다(같은 이름이 있으면 그것을 돌려줌). 이름이 없으면 Docker가 64자 16진수 이름을 붙입니다.',
    ),
    values: l('`-d, --driver` (default `local`), `-o, --opt key=value`, `--label key=value`', '`-d, --driver`(기본 `local`), `-o, --opt key=value`, `--label key=value`'),
    url: URLS.volumeCreate,
  },
  'volume ls': {
    title: l('docker volume ls', 'docker volume ls'),
    body: l(
      'Lists volumes. `--filter dangling=true` shows volumes no container uses; anonymous volumes carry the label `com.docker.volume.anonymous`.',
      '볼륨 목록을 보여 줍니다. `--filter dangling=true`는 어떤 컨테이너도 쓰지 않는 볼륨을 보여 주며, 익명 볼륨에는 `com.docker.volume.anonymous` 레이블이 붙어 있습니다.',
    ),
    values: l('`-f, --filter` (`dangling`, `driver`, `label`, `name`), `-q, --quiet`, `--format`', '`-f, --filter`(`dangling`, `driver`, `label`, `name`), `-q, --quiet`, `--format`'),
    url: URLS.volumeLs,
  },
  'volume inspect': {
    title: l('docker volume inspect VOLUME...', 'docker volume inspect VOLUME...'),
    body: l(
      'Prints a volume\'s driver, mountpoint on the host, labels, options and scope. The size is not here: it comes from `docker system df -v`.',
      '볼륨의 드라이버, 호스트의 마운트 지점, 레이블, 옵션, 범위를 출력합니다. 크기는 여기에 없고 `docker system df -v`로 봅니다.',
    ),
    url: URLS.volumeInspect,
  },
  'volume rm': {
    title: l('docker volume rm VOLUME...', 'docker volume rm VOLUME...'),
    body: l(
      'Deletes volumes and their data for good. A volume a container still uses (even a stopped one) is refused with "volume is in use".',
      '볼륨과 그 데이터를 영구히 삭제합니다. 컨테이너(멈춘 것 포함)가 아직 쓰는 볼륨은 "volume is in use"로 거부됩니다.',
    ),
    values: l('`-f, --force`', '`-f, --force`'),
    url: URLS.volumeRm,
  },
  'volume prune': {
    title: l('docker volume prune', 'docker volume prune'),
    body: l(
      'Deletes volumes no container uses. Since Engine 23 (API 1.42) it removes only **anonymous** volumes unless `--all` (`-a`) is given; older engines removed every unused volume, named ones included.',
      '어떤 컨테이너도 쓰지 않는 볼륨을 삭제합니다. Engine 23(API 1.42)부터는 `--all`(`-a`)이 없으면 **익명** 볼륨만 지웁니다. 이전 엔진은 이름 있는 볼륨을 포함해 쓰지 않는 볼륨을 모두 지웠습니다.',
    ),
    values: l('`-a, --all`, `--filter label=...`, `-f, --force` (no prompt)', '`-a, --all`, `--filter label=...`, `-f, --force`(확인 없음)'),
    defaultValue: l('anonymous unused volumes only (Engine 23+)', '쓰지 않는 익명 볼륨만(Engine 23 이상)'),
    url: URLS.volumePrune,
  },
};

/** The parts of a `-v` spec. */
export const VOLUME_FLAG_PART_DOCS: Readonly<Record<'source' | 'target', DocEntry>> = {
  source: {
    title: l('SOURCE', 'SOURCE'),
    body: l(
      'A named volume (created when missing), or a host path when it is absolute or starts with `.`; leave it out for an anonymous volume. A volume name may only hold `[a-zA-Z0-9][a-zA-Z0-9_.-]`.',
      '이름 있는 볼륨(없으면 만들어짐) 또는 절대 경로이거나 `.`로 시작하면 호스트 경로입니다. 생략하면 익명 볼륨입니다. 볼륨 이름에는 `[a-zA-Z0-9][a-zA-Z0-9_.-]`만 쓸 수 있습니다.',
    ),
    url: URLS.runVolume,
  },
  target: {
    title: l('TARGET', 'TARGET'),
    body: l('Absolute path inside the container where the volume or host path appears.', '볼륨이나 호스트 경로가 나타날 컨테이너 안의 절대 경로입니다.'),
    url: URLS.runVolume,
  },
};
