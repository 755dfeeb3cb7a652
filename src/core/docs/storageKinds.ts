// Shown with the first mount hover of a document: the storage kinds as a user's notes would put them.
import type { Localized } from '../l10n';
import { l, URLS } from './entry';

export const STORAGE_KINDS: Localized = l(
  [
    '**Where container data can live**',
    '- **Container writable layer**: files written anywhere not mounted. Gone when the container is removed; slower, because every write goes through the storage driver. Fine for scratch data you never need again.',
    '- **Volume**: a directory managed by Docker (`docker volume ls`). Survives the container, can be shared, backed up and moved between hosts with drivers. The default choice for databases and anything the app must keep.',
    '- **Bind mount**: a host file or folder mapped into the container. Depends on the host\'s layout and permissions; best for source code during development and for config files.',
    '- **tmpfs**: memory only, never written to disk, gone when the container stops. For secrets and scratch files that must not persist.',
    '- **Named pipe** (`npipe`, Windows only): a host named pipe such as `\\\\.\\pipe\\docker_engine`, mostly for tools that talk to the engine.',
    `[Docker storage overview](${URLS.storage})`,
  ].join('\n'),
  [
    '**컨테이너 데이터가 저장될 수 있는 곳**',
    '- **컨테이너 쓰기 가능 레이어**: 마운트되지 않은 곳에 쓴 파일. 컨테이너를 삭제하면 사라지고, 모든 쓰기가 스토리지 드라이버를 거치므로 느립니다. 다시 필요 없는 임시 데이터에만 적합합니다.',
    '- **볼륨**: Docker가 관리하는 디렉터리(`docker volume ls`). 컨테이너보다 오래 살아남고, 공유·백업할 수 있으며 드라이버로 다른 호스트에 둘 수도 있습니다. 데이터베이스처럼 앱이 보존해야 하는 데이터의 기본 선택입니다.',
    '- **바인드 마운트**: 호스트의 파일이나 폴더를 컨테이너에 연결합니다. 호스트의 경로 구조와 권한에 의존하므로 개발 중 소스 코드나 설정 파일에 알맞습니다.',
    '- **tmpfs**: 메모리에만 있고 디스크에 기록되지 않으며, 컨테이너가 멈추면 사라집니다. 남으면 안 되는 비밀 정보와 임시 파일용입니다.',
    '- **네임드 파이프**(`npipe`, Windows 전용): `\\\\.\\pipe\\docker_engine` 같은 호스트의 네임드 파이프. 주로 엔진과 통신하는 도구용입니다.',
    `[Docker 스토리지 개요](${URLS.storage})`,
  ].join('\n'),
);
