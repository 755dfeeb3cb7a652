// Dockerfile `VOLUME` and the keys of BuildKit's `RUN --mount`.
import type { DocEntry } from './entry';
import { l, URLS } from './entry';

export const DOCKERFILE_VOLUME_DOC: DocEntry = {
  title: l('VOLUME', 'VOLUME'),
  body: l(
    'Marks a path of the image as a mount point. Every container started without a volume at that path gets a **new anonymous volume**, which outlives the container unless it runs with `--rm`. A Dockerfile cannot name a volume or bind a host folder. With the legacy builder, changes to the path by later build steps are discarded; BuildKit keeps them.',
    '이미지의 경로를 마운트 지점으로 표시합니다. 그 경로에 볼륨을 지정하지 않고 시작한 모든 컨테이너는 **새 익명 볼륨**을 받으며, `--rm`으로 실행하지 않는 한 컨테이너보다 오래 남습니다. Dockerfile에서는 볼륨 이름을 정하거나 호스트 폴더를 연결할 수 없습니다. 레거시 빌더에서는 이후 빌드 단계가 그 경로를 바꿔도 버려지고, BuildKit에서는 유지됩니다.',
  ),
  values: l('`VOLUME /data /logs` or JSON `VOLUME ["/data"]` (double quotes only)', '`VOLUME /data /logs` 또는 JSON `VOLUME ["/data"]`(큰따옴표만)'),
  url: URLS.dockerfileVolume,
};

export const RUN_MOUNT_FLAG_DOC: DocEntry = {
  title: l('RUN --mount', 'RUN --mount'),
  body: l(
    'Mounts something for this one `RUN` step only (BuildKit): nothing of it ends up in the image layer. Use `cache` for package caches, `secret`/`ssh` for credentials, `bind` to read files without copying them.',
    '이 `RUN` 단계에서만 마운트합니다(BuildKit). 이미지 레이어에는 아무것도 남지 않습니다. 패키지 캐시는 `cache`, 자격 증명은 `secret`/`ssh`, 복사 없이 파일을 읽을 때는 `bind`를 씁니다.',
  ),
  values: l('`type=bind|cache|tmpfs|secret|ssh` and its keys', '`type=bind|cache|tmpfs|secret|ssh`와 그 키'),
  defaultValue: l('`type=bind`', '`type=bind`'),
  url: URLS.dockerfileRunMount,
};

const BOOL = l('`true`/`false`, or the bare key for `true`', '`true`/`false`, 또는 키만 쓰면 `true`');

export const RUN_MOUNT_KEY_DOCS: Readonly<Record<string, DocEntry>> = {
  type: {
    title: l('type', 'type'),
    body: l('What is mounted for this step.', '이 단계에 마운트할 것입니다.'),
    values: l('`bind` (files from a stage, image or the context), `cache` (a persistent build cache), `tmpfs`, `secret`, `ssh`', '`bind`(스테이지·이미지·컨텍스트의 파일), `cache`(유지되는 빌드 캐시), `tmpfs`, `secret`, `ssh`'),
    defaultValue: l('`bind`', '`bind`'),
    url: URLS.dockerfileRunMount,
  },
  target: { title: l('target, dst, destination', 'target, dst, destination'), body: l('Mount path inside the build container. Required for `bind`, `cache` and `tmpfs`.', '빌드 컨테이너 안의 마운트 경로입니다. `bind`, `cache`, `tmpfs`에는 필수입니다.'), defaultValue: l('secret: `/run/secrets/<id>`; ssh: `/run/buildkit/ssh_agent.<N>`', 'secret: `/run/secrets/<id>`, ssh: `/run/buildkit/ssh_agent.<N>`'), url: URLS.dockerfileRunMount },
  source: { title: l('source, src', 'source, src'), body: l('Path inside `from` to mount (bind, cache).', '`from` 안에서 마운트할 경로입니다(bind, cache).'), defaultValue: l('the root of `from`', '`from`의 루트'), url: URLS.dockerfileRunMount },
  from: { title: l('from', 'from'), body: l('Build stage, image or named context to take the source from (bind, cache).', '소스를 가져올 빌드 스테이지, 이미지 또는 이름 있는 컨텍스트입니다(bind, cache).'), defaultValue: l('bind: the build context; cache: an empty folder', 'bind: 빌드 컨텍스트, cache: 빈 폴더'), url: URLS.dockerfileRunMount },
  rw: { title: l('rw, readwrite', 'rw, readwrite'), body: l('Lets the step write to a bind mount; the writes are discarded afterwards.', '단계가 바인드 마운트에 쓸 수 있게 합니다. 쓴 내용은 나중에 버려집니다.'), values: BOOL, defaultValue: l('read-only for `bind`', '`bind`는 읽기 전용'), url: URLS.dockerfileRunMount },
  readonly: { title: l('ro, readonly', 'ro, readonly'), body: l('Mounts a cache read-only.', '캐시를 읽기 전용으로 마운트합니다.'), values: BOOL, defaultValue: l('`false` for `cache`', '`cache`는 `false`'), url: URLS.dockerfileRunMount },
  id: { title: l('id', 'id'), body: l('Names the cache (or the secret / ssh agent) so steps and builds share it.', '캐시(또는 secret / ssh 에이전트)에 이름을 붙여 단계와 빌드가 공유하게 합니다.'), defaultValue: l('cache: the target path; secret: the target\'s base name; ssh: `default`', 'cache: target 경로, secret: target의 파일 이름, ssh: `default`'), url: URLS.dockerfileRunMount },
  sharing: { title: l('sharing', 'sharing'), body: l('What happens when builds use the same cache at once.', '여러 빌드가 같은 캐시를 동시에 쓸 때의 동작입니다.'), values: l('`shared` (all write together), `private` (a new cache if busy), `locked` (wait)', '`shared`(함께 씀), `private`(사용 중이면 새 캐시), `locked`(기다림)'), defaultValue: l('`shared`', '`shared`'), url: URLS.dockerfileRunMount },
  mode: { title: l('mode', 'mode'), body: l('File mode of the mounted cache folder, secret file or ssh socket, in octal.', '마운트된 캐시 폴더, secret 파일, ssh 소켓의 파일 모드(8진수)입니다.'), defaultValue: l('cache `0755`, secret `0400`, ssh `0600`', 'cache `0755`, secret `0400`, ssh `0600`'), url: URLS.dockerfileRunMount },
  uid: { title: l('uid', 'uid'), body: l('Owner user id of the mount.', '마운트의 소유자 사용자 ID입니다.'), defaultValue: l('`0`', '`0`'), url: URLS.dockerfileRunMount },
  gid: { title: l('gid', 'gid'), body: l('Owner group id of the mount.', '마운트의 소유 그룹 ID입니다.'), defaultValue: l('`0`', '`0`'), url: URLS.dockerfileRunMount },
  required: { title: l('required', 'required'), body: l('Fails the build when the secret or ssh agent is not provided.', 'secret이나 ssh 에이전트가 주어지지 않으면 빌드를 실패시킵니다.'), values: BOOL, defaultValue: l('`false`', '`false`'), url: URLS.dockerfileRunMount },
  env: { title: l('env', 'env'), body: l('Exposes the secret as this environment variable instead of (or besides) a file.', 'secret을 파일 대신(또는 함께) 이 환경 변수로 제공합니다.'), url: URLS.dockerfileRunMount },
  size: { title: l('size', 'size'), body: l('Size limit of the tmpfs.', 'tmpfs의 크기 제한입니다.'), defaultValue: l('unlimited', '제한 없음'), url: URLS.dockerfileRunMount },
};

export const RUN_MOUNT_KEY_ALIASES: Readonly<Record<string, string>> = {
  dst: 'target',
  destination: 'target',
  src: 'source',
  readwrite: 'rw',
  ro: 'readonly',
};

/** Keys BuildKit accepts for each `RUN --mount` type. */
export const RUN_MOUNT_KEYS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  bind: ['type', 'target', 'source', 'from', 'rw'],
  cache: ['type', 'target', 'id', 'readonly', 'sharing', 'from', 'source', 'mode', 'uid', 'gid'],
  tmpfs: ['type', 'target', 'size'],
  secret: ['type', 'id', 'target', 'env', 'required', 'mode', 'uid', 'gid'],
  ssh: ['type', 'id', 'target', 'required', 'mode', 'uid', 'gid'],
};

export const RUN_MOUNT_VALUES: Readonly<Record<string, readonly string[]>> = {
  type: ['bind', 'cache', 'tmpfs', 'secret', 'ssh'],
  sharing: ['shared', 'private', 'locked'],
  required: ['true', 'false'],
  rw: ['true', 'false'],
  readonly: ['true', 'false'],
};
