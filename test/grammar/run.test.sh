# SYNTAX TEST "source.shell" "storage specs on docker command lines"
docker run --rm -v pgdata:/var/lib/postgresql/data:ro postgres
#          ^^^^ keyword.other.storage-flag.stowage
#               ^^ keyword.other.storage-flag.stowage
#                  ^^^^^^ variable.other.mount-source.stowage
#                        ^ punctuation.separator.mount.stowage
#                         ^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.mount-target.stowage
#                                                  ^^ constant.language.mount-mode.stowage
docker run --mount type=bind,source=./site,target=/srv,readonly nginx
#          ^^^^^^^ keyword.other.storage-flag.stowage
#                  ^^^^ entity.other.attribute-name.mount-key.stowage
#                       ^^^^ support.type.mount-type.stowage
#                           ^ punctuation.separator.fields.stowage
#                            ^^^^^^ entity.other.attribute-name.mount-key.stowage
#                                   ^^^^^^ string.unquoted.mount-value.stowage
#                                                      ^^^^^^^^ entity.other.attribute-name.mount-key.stowage
#                                                               ^^^^^ - meta.mount-spec.stowage
docker run --mount "type=volume,src=data,dst=/data" --tmpfs /run:size=64m busybox
#                  ^ punctuation.definition.string.begin.stowage
#                   ^^^^ entity.other.attribute-name.mount-key.stowage
#                        ^^^^^^ support.type.mount-type.stowage
#                                                   ^^^^^^^ keyword.other.storage-flag.stowage
#                                                           ^^^^ string.unquoted.mount-target.stowage
#                                                                ^^^^^^^^ constant.language.mount-mode.stowage
docker volume prune --all
#      ^^^^^^ keyword.other.volume-command.stowage
#             ^^^^^ keyword.other.volume-command.stowage
grep -v foo file.txt
#    ^^ - keyword.other.storage-flag.stowage
# docker run -v data:/data busybox
#            ^^ - keyword.other.storage-flag.stowage
