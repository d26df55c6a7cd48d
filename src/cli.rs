//! The command line: `serve`, `migrate`, `demo`, `user`. Each subcommand
//! loads the configuration once and reports failure as one plain sentence.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::domain::user::Role;
use crate::error::Error;
use crate::services::users::{self, AccountRequest};

/// vieclam: the labour exchange of a provincial employment service centre.
#[derive(Debug, Parser)]
#[command(name = "vieclam", version, about)]
pub struct Cli {
    /// A TOML configuration file (also VIECLAM_CONFIG).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web service (migrates and loads reference data first).
    Serve(ServeArgs),
    /// Apply database migrations and load reference data, then exit.
    Migrate,
    /// Fill the database with deterministic, realistic demo data.
    Demo(DemoArgs),
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Import data from files.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Rebuild the search index from the database and switch to it; a
    /// running server keeps answering and picks up the new index (one built
    /// with other synonym groups when it next starts).
    Reindex(ReindexArgs),
}

/// `import` subcommands.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Job postings as JSON Lines (see the README), upserted by external_ref and published.
    Jobs {
        /// The file, or - for standard input.
        file: PathBuf,
    },
}

/// Options of `reindex`.
#[derive(Debug, Args)]
pub struct ReindexArgs {
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// Options of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Load a small demo data set first if the database has no postings yet.
    #[arg(long)]
    pub demo: bool,
}

/// Options of `demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Number of job postings.
    #[arg(long, default_value_t = 2_000)]
    pub jobs: u64,
    /// Number of workers (job seekers).
    #[arg(long, default_value_t = 1_000)]
    pub workers: u64,
    /// Seed: the same seed gives the same data.
    #[arg(long, default_value_t = 2024)]
    pub seed: u64,
    /// Hide the progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// `user` subcommands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is prompted for, or read from
    /// standard input when it is not a terminal; never given as an argument.
    Add(UserAddArgs),
    /// List accounts.
    List,
}

/// Roles as typed on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    JobSeeker,
    Employer,
    CommuneOfficer,
    Staff,
    Admin,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::JobSeeker => Role::JobSeeker,
            RoleArg::Employer => Role::Employer,
            RoleArg::CommuneOfficer => Role::CommuneOfficer,
            RoleArg::Staff => Role::Staff,
            RoleArg::Admin => Role::Admin,
        }
    }
}

/// Options of `user add`.
#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[arg(long, value_enum)]
    pub role: RoleArg,
    /// Full name shown in the portal.
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// Commune code, for commune officers.
    #[arg(long)]
    pub commune: Option<String>,
}

/// Runs the program and turns any failure into one line on stderr and exit code 1.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_process(cli.config.as_deref()) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("vieclam: {err}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init(config.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("vieclam: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("vieclam: {}", describe(&err));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes as one line, with validation details spelled out.
fn describe(err: &anyhow::Error) -> String {
    if let Some(Error::Validation(fields)) = err.downcast_ref::<Error>() {
        return fields
            .iter()
            .map(|f| format!("{}: {}", f.field, f.message))
            .collect::<Vec<_>>()
            .join("; ");
    }
    if let Some(Error::Conflict(reason)) = err.downcast_ref::<Error>() {
        return reason.clone();
    }
    format!("{err:#}")
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    let clock: SharedClock = Arc::new(SystemClock);
    match command {
        Command::Serve(args) => {
            if args.demo {
                let ctx = crate::app::prepare(&config, clock.clone()).await?;
                let options = crate::demo::DemoOptions {
                    jobs: 2_000,
                    workers: 1_000,
                    seed: 2024,
                    progress: false,
                };
                if crate::demo::is_empty(&ctx).await? {
                    tracing::info!("loading a small demo data set");
                    crate::demo::generate(&ctx, &options).await?;
                }
                ctx.db.close().await;
            }
            crate::app::serve(config).await
        }
        Command::Migrate => {
            let ctx = crate::app::prepare(&config, clock).await?;
            let mut conn = ctx.db.pool().acquire().await?;
            let counts = crate::db::reference::counts(&mut conn).await?;
            println!(
                "{}: {} tỉnh/provinces, {} huyện/districts, {} xã/communes, {} ngày lễ/holidays, {} chỉ tiêu/targets",
                ctx.db.backend().name(),
                counts.provinces,
                counts.districts,
                counts.communes,
                counts.holidays,
                counts.targets
            );
            Ok(())
        }
        Command::Demo(args) => {
            crate::allocator::keep_freed_memory();
            let ctx = crate::app::prepare(&config, clock).await?;
            let options = crate::demo::DemoOptions {
                jobs: args.jobs,
                workers: args.workers,
                seed: args.seed,
                progress: !args.quiet && std::io::stderr().is_terminal(),
            };
            let summary = crate::demo::generate(&ctx, &options).await?;
            println!("{summary}");
            let started = std::time::Instant::now();
            let synonyms = crate::reference::search_synonyms(config.reference_dir.as_deref())?;
            let count = crate::services::indexing::rebuild(
                &ctx,
                &config.index_dir,
                std::sync::Arc::new(synonyms),
                |_| {},
            )
            .await?;
            println!(
                "chỉ mục tìm kiếm / search index: {count} tin/postings in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::User(UserCommand::Add(args)) => {
            let password = read_password()?;
            let ctx = crate::app::prepare(&config, clock).await?;
            let role = Role::from(args.role);
            let id = users::add_user(
                &ctx,
                AccountRequest {
                    email: args.email,
                    phone: args.phone,
                    display_name: args.name,
                    role,
                    commune_code: args.commune,
                },
                password,
            )
            .await?;
            println!(
                "Đã tạo tài khoản #{id} ({}) / Account #{id} created",
                role.label_vi()
            );
            Ok(())
        }
        Command::Import(ImportCommand::Jobs { file }) => {
            let text = if file.as_os_str() == "-" {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                    .context("reading standard input")?;
                text
            } else {
                std::fs::read_to_string(&file).with_context(|| {
                    format!("không đọc được tệp / cannot read {}", file.display())
                })?
            };
            let ctx = crate::app::prepare(&config, clock).await?;
            let report = crate::services::import::import_jobs(&ctx, &text).await?;
            for error in &report.errors {
                eprintln!(
                    "dòng/line {}: {}: {}",
                    error.line, error.field, error.message
                );
            }
            println!("{}", report.summary());
            if report.errors.is_empty() {
                Ok(())
            } else {
                bail!(
                    "{} dòng không được nhập; các dòng hợp lệ đã được nhập / {} lines were not imported; the valid lines were",
                    report.invalid_lines(),
                    report.invalid_lines()
                )
            }
        }
        Command::Reindex(args) => {
            crate::allocator::keep_freed_memory();
            let ctx = crate::app::prepare(&config, clock).await?;
            let total = {
                let mut conn = ctx.db.pool().acquire().await?;
                crate::db::search_docs::published_count(&mut conn).await?
            };
            let bar = if !args.quiet && std::io::stderr().is_terminal() {
                let bar = indicatif::ProgressBar::new(u64::try_from(total).unwrap_or(0));
                if let Ok(style) = indicatif::ProgressStyle::with_template(
                    "{spinner} chỉ mục/index [{bar:40}] {human_pos}/{human_len} ({per_sec}, còn/eta {eta})",
                ) {
                    bar.set_style(style.progress_chars("=> "));
                }
                bar
            } else {
                indicatif::ProgressBar::hidden()
            };
            let started = std::time::Instant::now();
            let progress = bar.clone();
            let synonyms = crate::reference::search_synonyms(config.reference_dir.as_deref())?;
            let count = crate::services::indexing::rebuild(
                &ctx,
                &config.index_dir,
                std::sync::Arc::new(synonyms),
                move |done| progress.set_position(done),
            )
            .await?;
            bar.finish_and_clear();
            let secs = started.elapsed().as_secs_f64();
            println!(
                "{count} tin/postings in {secs:.1} s ({:.0}/s)",
                count as f64 / secs.max(0.001)
            );
            Ok(())
        }
        Command::User(UserCommand::List) => {
            let ctx = crate::app::prepare(&config, clock).await?;
            for user in users::list_users(&ctx).await? {
                println!(
                    "#{}\t{}\t{}\t{}\t{}{}",
                    user.id,
                    user.role,
                    user.email.as_deref().unwrap_or("-"),
                    user.phone.as_deref().unwrap_or("-"),
                    user.display_name,
                    if user.is_disabled { "\t(disabled)" } else { "" }
                );
            }
            Ok(())
        }
    }
}

/// Reads a new password: prompted twice on a terminal, else the first line of stdin.
fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first =
            rpassword::prompt_password("Mật khẩu / Password: ").context("reading the password")?;
        let second =
            rpassword::prompt_password("Nhập lại / Repeat: ").context("reading the password")?;
        if first != second {
            bail!("hai lần nhập mật khẩu không khớp / the two passwords differ");
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("reading the password from standard input")?;
        let password = line.trim_end_matches(['\r', '\n']).to_owned();
        if password.is_empty() {
            bail!("không có mật khẩu trên đầu vào chuẩn / no password on standard input");
        }
        Ok(password)
    }
}
