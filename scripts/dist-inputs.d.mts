export declare const DIGEST_FILE: string;
export declare function distInputsDigest(root: string): string;
