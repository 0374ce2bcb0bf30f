# The Alembic yardstick's environment (issue 16): Alembic's own "generic" template (alembic init), with two
# changes, both marked. bench/run copies this folder into its work directory and writes versions/ there from
# stratdb's revision files (bench/src/org/strat/bench/AlembicScripts.java).
import os
from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

config = context.config

if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# Change 1: the database comes from the environment, as a deployed project's env.py usually takes it.
config.set_main_option("sqlalchemy.url", os.environ["ALEMBIC_DATABASE_URL"].replace("%", "%%"))

target_metadata = None


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        transaction_per_migration=True,
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        # Change 2: one transaction per revision, as stratdb commits each revision on its own (Alembic's default
        # is one transaction for the whole upgrade).
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            transaction_per_migration=True,
        )

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
