// The one way to reach the S3 client and its helpers: loaded on first use, never at start-up. In Lambda
// they are packages shipped beside the bundle (infra/on-demand-modules.ts): the respondent's cold start,
// which phones feel, neither reads nor parses them (its bundle budget is 640 KB), and it loads them only
// when a unit uploads an essay's file or an expert downloads one. Import only types from these packages
// elsewhere (the bundle test refuses a static import).
import { namespaceOf } from '../../shared/kernel/on-demand-import.js';

export type S3Module = typeof import('@aws-sdk/client-s3');
export type PresignedPostModule = typeof import('@aws-sdk/s3-presigned-post');
export type RequestPresignerModule = typeof import('@aws-sdk/s3-request-presigner');
export type LibStorageModule = typeof import('@aws-sdk/lib-storage');

let s3: Promise<S3Module> | undefined;
let presignedPost: Promise<PresignedPostModule> | undefined;
let presigner: Promise<RequestPresignerModule> | undefined;
let libStorage: Promise<LibStorageModule> | undefined;

export function loadS3(): Promise<S3Module> {
  s3 ??= import('@aws-sdk/client-s3').then((m) => namespaceOf(m as S3Module));
  return s3;
}

export function loadPresignedPost(): Promise<PresignedPostModule> {
  presignedPost ??= import('@aws-sdk/s3-presigned-post').then((m) => namespaceOf(m as PresignedPostModule));
  return presignedPost;
}

export function loadRequestPresigner(): Promise<RequestPresignerModule> {
  presigner ??= import('@aws-sdk/s3-request-presigner').then((m) => namespaceOf(m as RequestPresignerModule));
  return presigner;
}

export function loadLibStorage(): Promise<LibStorageModule> {
  libStorage ??= import('@aws-sdk/lib-storage').then((m) => namespaceOf(m as LibStorageModule));
  return libStorage;
}

/** One client per bucket user, made on first use (the SDK is not loaded before). */
export function lazyS3Client(make?: () => import('@aws-sdk/client-s3').S3Client): () => Promise<import('@aws-sdk/client-s3').S3Client> {
  let client: Promise<import('@aws-sdk/client-s3').S3Client> | undefined;
  return () => (client ??= make ? Promise.resolve(make()) : loadS3().then(({ S3Client }) => new S3Client({})));
}
