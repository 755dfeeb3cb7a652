# SYNTAX TEST "source.dockerfile" "RUN --mount keys and values"
RUN --mount=type=cache,target=/root/.cache,sharing=locked pip install -r requirements.txt
#   ^^^^^^^ keyword.other.storage-flag.stowage
#          ^ keyword.operator.assignment.stowage
#           ^^^^ entity.other.attribute-name.mount-key.stowage
#                ^^^^^ support.type.mount-type.stowage
#                      ^^^^^^ entity.other.attribute-name.mount-key.stowage
#                             ^^^^^^^^^^^^ string.unquoted.mount-value.stowage
#                                                         ^^^ - meta.mount-spec.stowage
